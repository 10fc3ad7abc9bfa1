using System.Data.Common;
using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.History.Internal;
using ComplianceEngine.History.Internal.Postgres;
using ComplianceEngine.History.Internal.Sqlite;

namespace ComplianceEngine.History;

/// <summary>
/// The run history: a SQLite file (the embedded default, one machine) or a PostgreSQL database (shared by many scanners
/// on many machines). Each run is written in one transaction: a scan killed half-way leaves the store as it was, and
/// scans started at once against one store all land, one after the other. Baselines, comparisons and trends are the
/// same code over both.
/// </summary>
public sealed class HistoryStore : IDisposable
{
    /// <summary>The file name used when neither --history nor rules.json names one (in the working directory).</summary>
    public const string DefaultFileName = "compliance-history.db";

    private readonly IRunStore _store;
    private readonly HistorySettings _retention;

    private HistoryStore(IRunStore store, HistorySettings retention)
    {
        _store = store;
        _retention = retention;
    }

    /// <summary>The SQLite file, or the PostgreSQL URL without its password: safe to print.</summary>
    public string Path => _store.Location;

    /// <summary>Whether <paramref name="location"/> names a PostgreSQL server (a postgresql:// URL or an Npgsql connection string).</summary>
    public static bool IsServer(string location) => PostgresLocation.Names(location);

    /// <summary>Opens (creating or migrating the schema if needed) the store at <paramref name="location"/>: a SQLite
    /// file path, or a PostgreSQL URL or connection string. A file that is not a history store, a server that cannot be
    /// reached or a schema newer than this tool is an <see cref="InputException"/>.</summary>
    public static HistoryStore Open(string location, HistorySettings? retention = null) =>
        new(IsServer(location) ? PostgresRunStore.Open(PostgresLocation.Parse(location)) : SqliteRunStore.Open(location),
            retention ?? HistorySettings.Default);

    /// <summary>Records a run and all its results in one transaction, then applies retention in the same transaction.</summary>
    public void Record(RunRecord run, IEnumerable<ResultRecord> results, CancellationToken cancellation = default) =>
        _store.Record(run, results, _retention, cancellation);

    /// <summary>Records a run brought from another store as it was, without retention; false (nothing written) when a run
    /// with its id is already here, so importing the same export twice changes nothing.</summary>
    public bool Import(RunRecord run, IEnumerable<ResultRecord> results, CancellationToken cancellation = default)
    {
        if (IdOrNull(run.RunId) is not null)
            return false;
        _store.Record(run, results, null, cancellation);
        return true;
    }

    /// <summary>Newest first; all scopes unless one is given.</summary>
    public IReadOnlyList<RunSummary> Runs(int limit = 50, string? scope = null) => Read(() => (scope is null
        ? RunReader.Runs(_store, "ORDER BY finished_at DESC, id DESC LIMIT @limit", ("@limit", limit))
        : RunReader.Runs(_store, "WHERE scope = @scope ORDER BY finished_at DESC, id DESC LIMIT @limit", ("@scope", scope), ("@limit", limit)))
        .Select(r => r.Run).ToList());

    /// <summary>Every run of every scope, grouped by scope (in order), newest first within a scope.</summary>
    public IReadOnlyList<RunSummary> AllRuns() =>
        Read(() => RunReader.Runs(_store, "ORDER BY scope, finished_at DESC, id DESC").Select(r => r.Run).ToList());

    /// <summary>The latest run of every scope (source set), by scope: what <c>compliance status</c> shows.</summary>
    public IReadOnlyList<RunSummary> LatestRuns() =>
        Read(() => RunReader.Runs(_store, RunReader.LatestOfEachScope).Select(r => r.Run).ToList());

    /// <summary>The run with this id or unique id prefix.</summary>
    public RunSummary Find(string idOrPrefix)
    {
        var matches = Read(() => RunReader.Runs(_store, "WHERE run_id LIKE @prefix ESCAPE '\\' ORDER BY id LIMIT 2",
            ("@prefix", idOrPrefix.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%")));
        return matches.Count switch
        {
            1 => matches[0].Run,
            0 => throw new InputException(Path, null, null, $"no run '{idOrPrefix}' in the history; 'compliance history' lists them"),
            _ => throw new InputException(Path, null, null, $"'{idOrPrefix}' names more than one run; give more of the run id"),
        };
    }

    /// <summary>The run a new run of <paramref name="scope"/> (or the given run) is compared with; null when there is none.</summary>
    public RunSummary? BaselineFor(string scope, RunSummary? run = null) =>
        Read(() => RunReader.BaselineOf(_store, scope, run is null ? null : IdOf(run.RunId))?.Run);

    /// <summary>Compares a new run's results with the baseline of its scope.</summary>
    /// <param name="fullyEvaluated">Whether a rule ran without Error results in the new run (see <see cref="RunDrift.Compare"/>).</param>
    public RunDrift CompareWithBaseline(string scope, IEnumerable<ResultRecord> current, Func<string, bool>? fullyEvaluated = null) => Read(() =>
    {
        var baseline = RunReader.BaselineOf(_store, scope, null);
        return baseline is { } b
            ? RunDrift.Compare(new BaselineRun(b.Run.RunId, b.Run.FinishedAt), RunReader.Results(_store, b.Id), current, fullyEvaluated)
            : RunDrift.Compare(null, [], current, fullyEvaluated);
    });

    /// <summary>What changed from one recorded run to another.</summary>
    public RunDrift Diff(RunSummary from, RunSummary to) => Read(() =>
    {
        var clean = RunReader.RulesWithoutErrors(_store, IdOf(to.RunId));
        return RunDrift.Compare(new BaselineRun(from.RunId, from.FinishedAt), Results(from), Results(to).ToList(), clean.Contains);
    });

    /// <summary>Every result of a recorded run, passes included (read as it is enumerated).</summary>
    public IEnumerable<ResultRecord> Results(RunSummary run) => RunReader.Results(_store, IdOf(run.RunId));

    /// <summary>The full record of a recorded run (rule counts, severities and controls included): what an export carries.</summary>
    public RunRecord RecordOf(RunSummary run) => Read(() => new RunRecord
    {
        RunId = run.RunId, Scope = run.Scope, StartedAt = run.StartedAt, FinishedAt = run.FinishedAt, CollectedAt = run.CollectedAt,
        Organization = run.Organization, Complete = run.Complete, ExitCode = run.ExitCode, ToolVersion = run.ToolVersion,
        ConfigPath = run.ConfigPath, ConfigSha256 = run.ConfigSha256, SnapshotPath = run.SnapshotPath, SnapshotSha256 = run.SnapshotSha256,
        Sources = run.Sources, Rules = RunReader.Rules(_store, IdOf(run.RunId)), Drift = run.Drift,
    });

    /// <summary>Per rule, the counts and pass rate in each of the last <paramref name="lastRuns"/> runs of the scope, oldest first.</summary>
    public IReadOnlyList<RuleTrend> RulePassRates(string scope, int lastRuns = 30) => Read(() => TrendReader.Rules(_store, scope, lastRuns));

    /// <summary>Per control (framework + id), the counts of the rules that evidence it, added up per run, oldest first.</summary>
    public IReadOnlyList<ControlTrend> ControlPassRates(string scope, int lastRuns = 30) => Read(() => TrendReader.Controls(_store, scope, lastRuns));

    public void Dispose() => _store.Dispose();

    private long IdOf(string runId) => IdOrNull(runId) ?? throw new InputException(Path, null, null, $"no run '{runId}' in the history");

    private long? IdOrNull(string runId) =>
        Read(() => Sql.Scalar(_store.Connection, null, "SELECT id FROM runs WHERE run_id = @id", ("@id", runId)) is { } id ? Convert.ToInt64(id) : (long?)null);

    /// <summary>A server that fails a query (gone, restarted, refusing) makes the history unusable: exit 3 with the reason.</summary>
    private T Read<T>(Func<T> query)
    {
        try
        {
            return query();
        }
        catch (DbException e) when (_store is PostgresRunStore && PostgresRunStore.IsServerProblem(e))
        {
            throw new InputException(Path, null, null, $"cannot read the run history: {e.Message}");
        }
    }
}
