using ComplianceEngine.Engine.Drift;
using System.Data.Common;
using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Configuration;
using Microsoft.Data.Sqlite;

namespace ComplianceEngine.History.Internal.Sqlite;

/// <summary>
/// The embedded store: a SQLite file in WAL mode with a busy timeout, so scans of several tenants started at once
/// on one machine against the same file all land (one writer at a time, the others wait).
/// </summary>
internal sealed class SqliteRunStore : IRunStore
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(60);
    private readonly SqliteConnection _connection;

    private SqliteRunStore(string path, SqliteConnection connection)
    {
        Location = path;
        _connection = connection;
    }

    public string Location { get; }

    public DbConnection Connection => _connection;

    public static SqliteRunStore Open(string path)
    {
        var full = Path.GetFullPath(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString());
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            connection.Open();
            Sql.Execute(connection, null, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}");
            // Before anything is written: a SQLite file of something else is refused as it is (no tables added, no WAL),
            // and a damaged one is bad input now, not an exception after the outputs were published.
            SqliteSchemaCheck.EnsureIsHistoryOrEmpty(connection, full);
            SqliteSchemaCheck.EnsureIntact(connection, full);
            Sql.Scalar(connection, null, "PRAGMA journal_mode = WAL");
            var version = SqliteSchema.Ensure(connection);
            if (version > SqliteSchema.Version)
                throw new InputException(full, null, null, $"the history store has schema version {version}, newer than this tool's {SqliteSchema.Version}; upgrade the tool");
            return new SqliteRunStore(full, connection);
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

    public long Record(RunRecord run, IEnumerable<ResultRecord> results, HistorySettings? retention, CancellationToken cancellation)
    {
        using var transaction = _connection.BeginTransaction();
        var id = SqliteRunWriter.Insert(_connection, transaction, run, results, cancellation);
        if (retention is not null)
            Retention.Apply(this, transaction, retention, run.FinishedAt, id,
                "DELETE FROM result_keys WHERE id NOT IN (SELECT DISTINCT key FROM results)");
        transaction.Commit();
        return id;
    }

    public object Time(DateTimeOffset time) => Sql.Time(time);

    public DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => Sql.Time(reader.GetString(ordinal));

    public void Dispose() => _connection.Dispose();
}
