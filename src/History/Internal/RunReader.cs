using System.Data.Common;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.History.Internal;

/// <summary>Reads runs and their results back, in SQL both stores understand.</summary>
internal static class RunReader
{
    private const string Columns = """
        id, run_id, scope, started_at, finished_at, organization, complete, exit_code, tool_version, config_path, config_sha256,
        snapshot_path, snapshot_sha256, pass, fail, waived, not_applicable, error, new_failures, regressions, resolved, collected_at
        """;

    /// <summary>The latest run of each scope (the newest by finish time, the last recorded on a tie).</summary>
    public const string LatestOfEachScope =
        "WHERE id IN (SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY scope ORDER BY finished_at DESC, id DESC) AS n FROM runs) AS ranked WHERE n = 1) ORDER BY scope";

    public static List<(long Id, RunSummary Run)> Runs(IRunStore s, string where, params (string, object?)[] parameters)
    {
        using var command = Sql.Command(s.Connection, null, $"SELECT {Columns} FROM runs {where}", parameters);
        using var reader = command.ExecuteReader();
        var runs = new List<(long Id, RunSummary Run)>();
        while (reader.Read())
            runs.Add((reader.GetInt64(0), Summary(s, reader)));
        reader.Close();
        return runs.Select(r => (r.Id, r.Run with { Sources = SourcesOf(s, r.Id) })).ToList();
    }

    private static List<SourceRecord> SourcesOf(IRunStore s, long run)
    {
        using var command = Sql.Command(s.Connection, null, "SELECT source_id, provider, status, reason FROM run_sources WHERE run = @run ORDER BY source_id", ("@run", run));
        using var reader = command.ExecuteReader();
        var sources = new List<SourceRecord>();
        while (reader.Read())
            sources.Add(new SourceRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), Sql.NullableString(reader, 3)));
        return sources;
    }

    public static IEnumerable<ResultRecord> Results(IRunStore s, long run)
    {
        using var command = Sql.Command(s.Connection, null, """
            SELECT k.rule_id, k.resource_key, k.display_name, r.outcome, r.severity
            FROM results r JOIN result_keys k ON k.id = r.key WHERE r.run = @run
            """, ("@run", run));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new ResultRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                Codes.OutcomeOf(reader.GetInt16(3)), Codes.SeverityOf(reader.GetInt16(4)));
    }

    /// <summary>Each rule's severity, counts and controls in a run, as recorded: what an export carries.</summary>
    public static List<RuleRecord> Rules(IRunStore s, long run)
    {
        var controls = new Dictionary<string, List<ControlReference>>(StringComparer.Ordinal);
        using (var command = Sql.Command(s.Connection, null, "SELECT rule_id, framework, control_id FROM rule_controls WHERE run = @run ORDER BY rule_id, framework, control_id", ("@run", run)))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                (controls.TryGetValue(reader.GetString(0), out var list) ? list : controls[reader.GetString(0)] = [])
                    .Add(new ControlReference(reader.GetString(1), reader.GetString(2)));
        using var rules = Sql.Command(s.Connection, null,
            "SELECT rule_id, severity, pass, fail, waived, not_applicable, error FROM rule_counts WHERE run = @run ORDER BY rule_id", ("@run", run));
        using var r = rules.ExecuteReader();
        var records = new List<RuleRecord>();
        while (r.Read())
            records.Add(new RuleRecord(r.GetString(0), Codes.SeverityOf(r.GetInt16(1)), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5),
                r.GetInt32(6), controls.GetValueOrDefault(r.GetString(0)) ?? []));
        return records;
    }

    public static HashSet<string> RulesWithoutErrors(IRunStore s, long run)
    {
        using var command = Sql.Command(s.Connection, null, "SELECT rule_id FROM rule_counts WHERE run = @run AND error = 0", ("@run", run));
        using var reader = command.ExecuteReader();
        var rules = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
            rules.Add(reader.GetString(0));
        return rules;
    }

    /// <summary>The run to compare with: the latest earlier run of the scope, preferring a complete one (an incomplete
    /// run's errors would make every failure look new on the next complete run).</summary>
    public static (long Id, RunSummary Run)? BaselineOf(IRunStore s, string scope, long? before)
    {
        var runs = before is { } id
            ? Runs(s, "WHERE scope = @scope AND id <> @before AND finished_at <= (SELECT finished_at FROM runs WHERE id = @before) " +
                "ORDER BY complete DESC, finished_at DESC, id DESC LIMIT 1", ("@scope", scope), ("@before", id))
            : Runs(s, "WHERE scope = @scope ORDER BY complete DESC, finished_at DESC, id DESC LIMIT 1", ("@scope", scope));
        return runs.Count == 0 ? null : runs[0];
    }

    private static RunSummary Summary(IRunStore s, DbDataReader r) => new()
    {
        RunId = r.GetString(1),
        Scope = r.GetString(2),
        StartedAt = s.ReadTime(r, 3),
        FinishedAt = s.ReadTime(r, 4),
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
        CollectedAt = r.IsDBNull(21) ? null : s.ReadTime(r, 21),
    };
}
