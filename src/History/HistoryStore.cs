using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.History.Internal;
using Microsoft.Data.Sqlite;

namespace ComplianceEngine.History;

/// <summary>
/// The run history: a SQLite file in WAL mode with a busy timeout, so scans of several tenants started at once
/// against the same file all land. Each run is written in one transaction: a scan killed half-way leaves
/// the store as it was.
/// </summary>
public sealed class HistoryStore : IDisposable
{
    /// <summary>The file name used when neither --history nor rules.json names one (in the working directory).</summary>
    public const string DefaultFileName = "compliance-history.db";

    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(60);
    private readonly SqliteConnection _connection;
    private readonly HistorySettings _retention;

    private HistoryStore(string path, SqliteConnection connection, HistorySettings retention)
    {
        Path = path;
        _connection = connection;
        _retention = retention;
    }

    public string Path { get; }

    /// <summary>Opens (creating if needed) the store; a file that is not a history store is an <see cref="InputException"/>.</summary>
    public static HistoryStore Open(string path, HistorySettings? retention = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString());
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            connection.Open();
            Sql.Execute(connection, null, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}");
            // Before anything is written: a SQLite file of something else is refused as it is (no tables added, no WAL),
            // and a damaged one is bad input now, not an exception after the outputs were published.
            SchemaCheck.EnsureIsHistoryOrEmpty(connection, full);
            SchemaCheck.EnsureIntact(connection, full);
            Sql.Scalar(connection, null, "PRAGMA journal_mode = WAL");
            var version = Schema.Ensure(connection);
            if (version > Schema.Version)
                throw new InputException(full, null, null, $"the history store has schema version {version}, newer than this tool's {Schema.Version}; upgrade the tool");
            return new HistoryStore(full, connection, retention ?? HistorySettings.Default);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            connection.Dispose();
            throw new InputException(full, null, null, $"cannot use it as the run history: {e.Message}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Records a run and all its results in one transaction, then applies retention in the same transaction.</summary>
    public void Record(RunRecord run, IEnumerable<ResultRecord> results, CancellationToken cancellation = default)
    {
        using var transaction = _connection.BeginTransaction();
        var id = RunWriter.Insert(_connection, transaction, run, results, cancellation);
        Retention.Apply(_connection, transaction, _retention, run.FinishedAt, id);
        transaction.Commit();
    }

    /// <summary>Newest first; all scopes unless one is given.</summary>
    public IReadOnlyList<RunSummary> Runs(int limit = 50, string? scope = null) =>
        RunReader.Runs(_connection, "WHERE ($scope IS NULL OR scope = $scope) ORDER BY finished_at DESC, id DESC LIMIT $limit",
            ("$scope", scope), ("$limit", limit)).Select(r => r.Run).ToList();

    /// <summary>The run with this id or unique id prefix.</summary>
    public RunSummary Find(string idOrPrefix)
    {
        var matches = RunReader.Runs(_connection, "WHERE run_id LIKE $prefix ESCAPE '\\' ORDER BY id LIMIT 2",
            ("$prefix", idOrPrefix.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%"));
        return matches.Count switch
        {
            1 => matches[0].Run,
            0 => throw new InputException(Path, null, null, $"no run '{idOrPrefix}' in the history; 'compliance history' lists them"),
            _ => throw new InputException(Path, null, null, $"'{idOrPrefix}' names more than one run; give more of the run id"),
        };
    }

    /// <summary>The run a new run of <paramref name="scope"/> (or the given run) is compared with; null when there is none.</summary>
    public RunSummary? BaselineFor(string scope, RunSummary? run = null) =>
        RunReader.BaselineOf(_connection, scope, run is null ? null : IdOf(run.RunId))?.Run;

    /// <summary>Compares a new run's results with the baseline of its scope.</summary>
    /// <param name="fullyEvaluated">Whether a rule ran without Error results in the new run (see <see cref="RunDrift.Compare"/>).</param>
    public RunDrift CompareWithBaseline(string scope, IEnumerable<ResultRecord> current, Func<string, bool>? fullyEvaluated = null)
    {
        var baseline = RunReader.BaselineOf(_connection, scope, null);
        return baseline is { } b
            ? RunDrift.Compare(new BaselineRun(b.Run.RunId, b.Run.FinishedAt), RunReader.Results(_connection, b.Id), current, fullyEvaluated)
            : RunDrift.Compare(null, [], current, fullyEvaluated);
    }

    /// <summary>What changed from one recorded run to another.</summary>
    public RunDrift Diff(RunSummary from, RunSummary to)
    {
        var clean = RunReader.RulesWithoutErrors(_connection, IdOf(to.RunId));
        return RunDrift.Compare(new BaselineRun(from.RunId, from.FinishedAt), Results(from), Results(to).ToList(), clean.Contains);
    }

    /// <summary>Every result of a recorded run, passes included.</summary>
    public IEnumerable<ResultRecord> Results(RunSummary run) => RunReader.Results(_connection, IdOf(run.RunId));

    /// <summary>Per rule, the counts and pass rate in each of the last <paramref name="lastRuns"/> runs of the scope, oldest first.</summary>
    public IReadOnlyList<RuleTrend> RulePassRates(string scope, int lastRuns = 30) => TrendReader.Rules(_connection, scope, lastRuns);

    /// <summary>Per control (framework + id), the counts of the rules that evidence it, added up per run, oldest first.</summary>
    public IReadOnlyList<ControlTrend> ControlPassRates(string scope, int lastRuns = 30) => TrendReader.Controls(_connection, scope, lastRuns);

    public void Dispose() => _connection.Dispose();

    private long IdOf(string runId) =>
        (long?)Sql.Scalar(_connection, null, "SELECT id FROM runs WHERE run_id = $id", ("$id", runId))
        ?? throw new InputException(Path, null, null, $"no run '{runId}' in the history");
}
