using ComplianceEngine.Engine.Drift;
using Microsoft.Data.Sqlite;

namespace ComplianceEngine.History.Internal;

/// <summary>Reads runs and their results back.</summary>
internal static class RunReader
{
    private const string Columns = """
        id, run_id, scope, started_at, finished_at, organization, complete, exit_code, tool_version, config_path, config_sha256,
        snapshot_path, snapshot_sha256, pass, fail, waived, not_applicable, error, new_failures, regressions, resolved
        """;

    public static List<(long Id, RunSummary Run)> Runs(SqliteConnection c, string where, params (string, object?)[] parameters)
    {
        using var command = Sql.Command(c, null, $"SELECT {Columns} FROM runs {where}", parameters);
        using var reader = command.ExecuteReader();
        var runs = new List<(long Id, RunSummary Run)>();
        while (reader.Read())
            runs.Add((reader.GetInt64(0), Summary(reader)));
        reader.Close();
        return runs.Select(r => (r.Id, r.Run with { Sources = SourcesOf(c, r.Id) })).ToList();
    }

    private static List<SourceRecord> SourcesOf(SqliteConnection c, long run)
    {
        using var command = Sql.Command(c, null, "SELECT source_id, provider, status, reason FROM run_sources WHERE run = $run ORDER BY source_id", ("$run", run));
        using var reader = command.ExecuteReader();
        var sources = new List<SourceRecord>();
        while (reader.Read())
            sources.Add(new SourceRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), Sql.NullableString(reader, 3)));
        return sources;
    }

    public static IEnumerable<ResultRecord> Results(SqliteConnection c, long run)
    {
        using var command = Sql.Command(c, null, """
            SELECT k.rule_id, k.resource_key, k.display_name, r.outcome, r.severity
            FROM results r JOIN result_keys k ON k.id = r.key WHERE r.run = $run
            """, ("$run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new ResultRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                Codes.OutcomeOf(reader.GetInt64(3)), Codes.SeverityOf(reader.GetInt64(4)));
    }

    public static HashSet<string> RulesWithoutErrors(SqliteConnection c, long run)
    {
        using var command = Sql.Command(c, null, "SELECT rule_id FROM rule_counts WHERE run = $run AND error = 0", ("$run", run));
        using var reader = command.ExecuteReader();
        var rules = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
            rules.Add(reader.GetString(0));
        return rules;
    }

    /// <summary>The run to compare with: the latest earlier run of the scope, preferring a complete one (an incomplete
    /// run's errors would make every failure look new on the next complete run).</summary>
    public static (long Id, RunSummary Run)? BaselineOf(SqliteConnection c, string scope, long? before)
    {
        var runs = Runs(c, "WHERE scope = $scope AND ($before IS NULL OR id <> $before) AND ($beforeTime IS NULL OR finished_at <= $beforeTime) " +
            "ORDER BY complete DESC, finished_at DESC, id DESC LIMIT 1",
            ("$scope", scope), ("$before", before), ("$beforeTime", before is { } id ? FinishedAtOf(c, id) : null));
        return runs.Count == 0 ? null : runs[0];
    }

    private static string? FinishedAtOf(SqliteConnection c, long id) =>
        (string?)Sql.Scalar(c, null, "SELECT finished_at FROM runs WHERE id = $id", ("$id", id));

    private static RunSummary Summary(SqliteDataReader r) => new()
    {
        RunId = r.GetString(1),
        Scope = r.GetString(2),
        StartedAt = Sql.Time(r.GetString(3)),
        FinishedAt = Sql.Time(r.GetString(4)),
        Organization = Sql.NullableString(r, 5),
        Complete = r.GetBoolean(6),
        ExitCode = r.GetInt32(7),
        ToolVersion = r.GetString(8),
        ConfigPath = Sql.NullableString(r, 9),
        ConfigSha256 = r.GetString(10),
        SnapshotPath = Sql.NullableString(r, 11),
        SnapshotSha256 = r.GetString(12),
        Pass = r.GetInt32(13),
        Fail = r.GetInt32(14),
        Waived = r.GetInt32(15),
        NotApplicable = r.GetInt32(16),
        Error = r.GetInt32(17),
        Drift = r.IsDBNull(18) ? null : new DriftCounts(r.GetInt32(18), r.GetInt32(19), r.GetInt32(20)),
    };
}
