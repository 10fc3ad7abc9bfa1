using System.Data.Common;
using ComplianceEngine.Engine.Configuration;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ComplianceEngine.History.Tests;

public enum StoreKind { Sqlite, Postgres }

/// <summary>
/// The stores the history suite runs against: SQLite always, PostgreSQL when <c>COMPLIANCE_TEST_POSTGRES</c> names a
/// server (.ci/postgres-start starts a throwaway one; .ci/run does). Without it the PostgreSQL cases are not generated
/// and <see cref="PostgresFactAttribute"/> tests are skipped, saying why.
/// </summary>
public static class Stores
{
    public const string Variable = "COMPLIANCE_TEST_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    public static TheoryData<StoreKind> Both => Server is null ? new TheoryData<StoreKind>(StoreKind.Sqlite) : new TheoryData<StoreKind>(StoreKind.Sqlite, StoreKind.Postgres);
}

/// <summary>A test that needs a real PostgreSQL server; skipped with the reason when none was started.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Stores.Server is null)
            Skip = $"no PostgreSQL server: {Stores.Variable} is not set. Run 'eval \"$(.ci/postgres-start)\"' (needs apt-get install postgresql) " +
                   "to run the PostgreSQL half of the history suite; .ci/run does.";
    }
}

/// <summary>A fresh, empty store of one kind: a file in a temporary folder, or a schema of its own on the test server
/// (dropped afterwards), so tests run in parallel without seeing each other's runs.</summary>
internal sealed class TestStore : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string? _schema;

    public TestStore(StoreKind kind)
    {
        Kind = kind;
        if (kind == StoreKind.Sqlite)
        {
            Location = _dir.File("history.db");
            return;
        }
        var server = Stores.Server ?? throw new InvalidOperationException($"{Stores.Variable} is not set");
        _schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        Execute($"CREATE SCHEMA {_schema}", server);
        Location = server + (server.Contains('?') ? "&" : "?") + "search_path=" + _schema;
    }

    public StoreKind Kind { get; }

    /// <summary>What --history would be given: the file, or the server URL naming the test's schema.</summary>
    public string Location { get; }

    public TempDir Dir => _dir;

    public HistoryStore Open(HistorySettings? retention = null) => HistoryStore.Open(Location, retention);

    /// <summary>A raw connection to the store, outside HistoryStore: for what a test inspects or does behind its back.</summary>
    public DbConnection Connect()
    {
        DbConnection connection = Kind == StoreKind.Sqlite
            ? new SqliteConnection($"Data Source={Location};Pooling=false")
            : new NpgsqlConnection(Internal.Postgres.PostgresLocation.Parse(Location).Builder.ConnectionString + ";Pooling=false");
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        if (_schema is not null)
            Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE", Stores.Server!);
        _dir.Dispose();
    }

    private static void Execute(string sql, string server)
    {
        using var connection = new NpgsqlConnection(Internal.Postgres.PostgresLocation.Parse(server).Builder.ConnectionString + ";Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
