namespace ComplianceEngine.Engine.Configuration;

/// <summary>
/// rules.json's <c>history</c> section: where scans record their runs (a SQLite file or a PostgreSQL database) and how long runs are kept. A relative
/// path is resolved against the folder of rules.json.
/// </summary>
public sealed record HistorySettings
{
    /// <summary>Absolute path of the SQLite store; null to use the command line or the default.</summary>
    public string? Path { get; init; }

    /// <summary>A shared PostgreSQL history (<c>postgresql://user@host:5432/database?sslmode=require</c>), without its
    /// password; null for the SQLite file. Exclusive with <see cref="Path"/>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Runs older than this many days are deleted after each scan; null keeps them.</summary>
    public int? KeepDays { get; init; }

    /// <summary>Per scope, only the newest this many runs are kept; null keeps them.</summary>
    public int? KeepRuns { get; init; }

    /// <summary>What applies when rules.json says nothing: keep 400 days (a yearly audit plus a margin), any number of runs.</summary>
    public static HistorySettings Default { get; } = new() { KeepDays = 400 };
}
