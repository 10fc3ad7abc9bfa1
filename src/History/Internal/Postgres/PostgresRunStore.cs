using ComplianceEngine.Engine.Drift;
using System.Data.Common;
using System.Net.Sockets;
using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Configuration;
using Npgsql;

namespace ComplianceEngine.History.Internal.Postgres;

/// <summary>
/// The shared store: one PostgreSQL database many scanners on many machines write to. Each run is one transaction
/// holding <see cref="PostgresSchema.WriterLock"/>, so writers queue like SQLite's and never interleave; the unique
/// run id makes a run land at most once. Readers are never blocked.
/// </summary>
internal sealed class PostgresRunStore : IRunStore
{
    private readonly NpgsqlConnection _connection;
    private readonly PostgresLocation _location;

    private PostgresRunStore(PostgresLocation location, NpgsqlConnection connection)
    {
        _location = location;
        _connection = connection;
    }

    public string Location => _location.Display;

    public DbConnection Connection => _connection;

    public static PostgresRunStore Open(PostgresLocation location)
    {
        var connection = new NpgsqlConnection(location.Builder.ConnectionString);
        try
        {
            connection.Open();
            var version = PostgresSchema.Ensure(connection);
            if (version > PostgresSchema.Version)
                throw new InputException(location.Display, null, null,
                    $"the history store has schema version {version}, newer than this tool's {PostgresSchema.Version}; upgrade the tool");
            return new PostgresRunStore(location, connection);
        }
        catch (Exception e) when (IsServerProblem(e))
        {
            connection.Dispose();
            throw Unusable(location, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public long Record(RunRecord run, IEnumerable<ResultRecord> results, HistorySettings? retention, CancellationToken cancellation)
    {
        try
        {
            using var transaction = _connection.BeginTransaction();
            Sql.Execute(_connection, transaction, PostgresSchema.WriterLock);
            var id = PostgresRunWriter.Insert(this, transaction, run, results, cancellation);
            if (retention is not null)
                Retention.Apply(this, transaction, retention, run.FinishedAt, id,
                    "DELETE FROM result_keys k WHERE NOT EXISTS (SELECT 1 FROM results r WHERE r.key = k.id)");
            transaction.Commit();
            return id;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "runs_run_id_key")
        {
            throw new InputException(Location, null, null, $"run {run.RunId} is already in the history");
        }
        catch (Exception e) when (IsServerProblem(e))
        {
            throw Unusable(_location, e);
        }
    }

    public object Time(DateTimeOffset time) => time.ToUniversalTime();

    public DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public void Dispose() => _connection.Dispose();

    /// <summary>The server could not be reached, refused us, or failed: the history is unusable (exit 3), not a bug.</summary>
    public static bool IsServerProblem(Exception e) =>
        e is NpgsqlException or SocketException or TimeoutException || e.InnerException is SocketException or TimeoutException;

    public static InputException Unusable(PostgresLocation location, Exception e)
    {
        var reason = e is PostgresException p ? $"{p.SqlState}: {p.MessageText}" : e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
        return new InputException(location.Display, null, null, $"cannot use it as the run history: {location.Scrub(reason)}");
    }
}
