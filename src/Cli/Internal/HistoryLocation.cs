using System.CommandLine;
using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.History;

namespace ComplianceEngine.Cli.Internal;

/// <summary>
/// Where the run history is, first found: --history (a file or a postgresql:// URL), the COMPLIANCE_HISTORY_URL
/// environment variable, rules.json's history.connectionString, rules.json's history.path, else ./compliance-history.db.
/// </summary>
internal static class HistoryLocation
{
    public const string UrlVariable = "COMPLIANCE_HISTORY_URL";

    public static Option<string?> Option() => new("--history")
    {
        Description = $"The run history: a SQLite file, or a PostgreSQL server (postgresql://user@host:5432/database?sslmode=require; the password " +
                      $"from PGPASSWORD or PGPASSFILE). Default: ${UrlVariable}, else history.connectionString or history.path in rules.json, " +
                      $"else ./{HistoryStore.DefaultFileName}.",
    };

    public static string LocationFor(string? given, ComplianceConfig config)
    {
        if (!string.IsNullOrWhiteSpace(given))
            return HistoryStore.IsServer(given) ? given : Path.GetFullPath(given);
        if (Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url)
            return url;
        if (config.History.ConnectionString is { } connection)
        {
            if (HasPassword(connection))
                throw new InputException(config.Path ?? "rules.json", "$.history.connectionString", null,
                    "the connection string carries a password; keep it out of rules.json and give it in PGPASSWORD or a PGPASSFILE file");
            return connection;
        }
        return config.History.Path ?? Path.GetFullPath(HistoryStore.DefaultFileName);
    }

    public static HistoryStore Open(string? given, ComplianceConfig config) => HistoryStore.Open(LocationFor(given, config), config.History);

    /// <summary>For commands that only read: a missing file is an error, not a new empty store. (A server's schema is
    /// created on first use either way: an empty shared history simply lists no runs.)</summary>
    public static HistoryStore OpenExisting(string? given, ComplianceConfig config)
    {
        var location = LocationFor(given, config);
        if (!HistoryStore.IsServer(location) && !File.Exists(location))
            throw new InputException(location, null, null, "no run history here; run a scan first, or name the file with --history or history.path in rules.json");
        return HistoryStore.Open(location, config.History);
    }

    private static bool HasPassword(string connection) =>
        connection.Contains("://", StringComparison.Ordinal)
            ? Uri.TryCreate(connection.Trim(), UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':')
            : connection.Split(';').Any(part => part.Split('=')[0].Trim().Replace(" ", "").Equals("password", StringComparison.OrdinalIgnoreCase)
                                                || part.Split('=')[0].Trim().Equals("pwd", StringComparison.OrdinalIgnoreCase));
}
