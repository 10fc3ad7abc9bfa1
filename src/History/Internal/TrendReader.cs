namespace ComplianceEngine.History.Internal;

/// <summary>Per rule and per control counts over the last N runs of a scope, from the per-run rule counts.</summary>
internal static class TrendReader
{
    private sealed record Row(string RunId, DateTimeOffset FinishedAt, string RuleId, int Pass, int Fail, int Waived, int Error);

    private const string LastRuns = "SELECT id FROM runs WHERE scope = @scope ORDER BY finished_at DESC, id DESC LIMIT @n";

    public static IReadOnlyList<RuleTrend> Rules(IRunStore s, string scope, int lastRuns) =>
        Read(s, scope, lastRuns).GroupBy(r => r.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleTrend(g.Key, g.Select(r => new TrendPoint(r.RunId, r.FinishedAt, r.Pass, r.Fail, r.Waived, r.Error)).ToList()))
            .ToList();

    public static IReadOnlyList<ControlTrend> Controls(IRunStore s, string scope, int lastRuns)
    {
        var rows = Read(s, scope, lastRuns);
        var controls = ControlsOf(s, scope, lastRuns);
        return controls.GroupBy(x => (x.Framework, x.Control), x => x.RuleId)
            .OrderBy(g => g.Key.Framework, StringComparer.Ordinal).ThenBy(g => g.Key.Control, StringComparer.Ordinal)
            .Select(g =>
            {
                var rules = g.Distinct().Order(StringComparer.Ordinal).ToList();
                var points = rows.Where(r => rules.Contains(r.RuleId)).GroupBy(r => (r.RunId, r.FinishedAt))
                    .Select(run => new TrendPoint(run.Key.RunId, run.Key.FinishedAt, run.Sum(r => r.Pass), run.Sum(r => r.Fail),
                        run.Sum(r => r.Waived), run.Sum(r => r.Error)))
                    .OrderBy(p => p.FinishedAt).ToList();
                return new ControlTrend(g.Key.Framework, g.Key.Control, rules, points);
            }).ToList();
    }

    private static List<Row> Read(IRunStore s, string scope, int lastRuns)
    {
        using var command = Sql.Command(s.Connection, null, $"""
            SELECT r.run_id, r.finished_at, k.rule_id, k.pass, k.fail, k.waived, k.error
            FROM runs r JOIN rule_counts k ON k.run = r.id
            WHERE r.id IN ({LastRuns})
            ORDER BY r.finished_at, r.id, k.rule_id
            """, ("@scope", scope), ("@n", lastRuns));
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
            rows.Add(new Row(reader.GetString(0), s.ReadTime(reader, 1), reader.GetString(2), reader.GetInt32(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6)));
        return rows;
    }

    private static List<(string Framework, string Control, string RuleId)> ControlsOf(IRunStore s, string scope, int lastRuns)
    {
        using var command = Sql.Command(s.Connection, null, $"SELECT DISTINCT framework, control_id, rule_id FROM rule_controls WHERE run IN ({LastRuns})",
            ("@scope", scope), ("@n", lastRuns));
        using var reader = command.ExecuteReader();
        var controls = new List<(string, string, string)>();
        while (reader.Read())
            controls.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return controls;
    }
}
