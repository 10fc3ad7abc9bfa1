using Npgsql;

namespace ComplianceEngine.History.Bench;

/// <summary>Where the benchmark writes: a SQLite file in a temporary folder, or a fresh schema on a PostgreSQL server.</summary>
internal sealed class BenchStore : IDisposable
{
    private readonly string? _folder;
    private readonly string? _server;
    private readonly string? _schema;

    private BenchStore(string kind, string location, string? folder, string? server, string? schema)
    {
        (Kind, Location, _folder, _server, _schema) = (kind, location, folder, server, schema);
    }

    public string Kind { get; }
    public string Location { get; }

    public static BenchStore Create(string? server)
    {
        if (server is null)
        {
            var folder = Directory.CreateTempSubdirectory("history-bench-").FullName;
            return new BenchStore("SQLite", Path.Combine(folder, "history.db"), folder, null, null);
        }
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        Execute(server, $"CREATE SCHEMA {schema}");
        return new BenchStore("PostgreSQL", server + (server.Contains('?') ? "&" : "?") + "search_path=" + schema, null, server, schema);
    }

    public double SizeInMiB()
    {
        if (_schema is null)
            return Directory.GetFiles(_folder!).Sum(f => new FileInfo(f).Length) / 1048576.0;
        using var connection = Connect(_server!);
        using var command = new NpgsqlCommand(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = @s AND c.relkind = 'r'", connection);
        command.Parameters.AddWithValue("s", _schema);
        return Convert.ToInt64(command.ExecuteScalar()) / 1048576.0;
    }

    public void Dispose()
    {
        if (_schema is not null)
            Execute(_server!, $"DROP SCHEMA {_schema} CASCADE");
        if (_folder is not null)
            Directory.Delete(_folder, recursive: true);
    }

    private static NpgsqlConnection Connect(string server)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = "localhost" };
        var uri = new Uri(server);
        builder.Host = uri.Host;
        builder.Port = uri.Port > 0 ? uri.Port : 5432;
        builder.Database = uri.AbsolutePath.TrimStart('/');
        builder.Username = uri.UserInfo.Split(':')[0];
        builder.Passfile = Environment.GetEnvironmentVariable("PGPASSFILE");
        builder.Password = Environment.GetEnvironmentVariable("PGPASSWORD");
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(string server, string sql)
    {
        using var connection = Connect(server);
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
