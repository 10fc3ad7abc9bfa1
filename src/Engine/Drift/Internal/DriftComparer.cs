using ComplianceEngine.Engine.Evaluation;

namespace ComplianceEngine.Engine.Drift.Internal;

internal static class DriftComparer
{
    public static string Key(string ruleId, string resourceKey) => ruleId + "\n" + resourceKey;

    public static RunDrift Compare(BaselineRun? baseline, IEnumerable<ResultRecord> previous, IEnumerable<ResultRecord> current,
        Func<string, bool> fullyEvaluated)
    {
        var before = new Dictionary<string, ResultRecord>(StringComparer.Ordinal);
        foreach (var record in previous)
            before[Key(record.RuleId, record.ResourceKey)] = record;

        var states = new Dictionary<string, (DriftState, Outcome?)>(StringComparer.Ordinal);
        var changes = new List<ResultChange>();
        foreach (var now in current)
        {
            var key = Key(now.RuleId, now.ResourceKey);
            var was = before.Remove(key, out var old) ? old : null;
            var state = StateOf(was?.Outcome, now.Outcome);
            states[key] = (state, was?.Outcome);
            if (state != DriftState.Unchanged && (now.Outcome == Outcome.Fail || was?.Outcome == Outcome.Fail))
                changes.Add(new ResultChange(now.RuleId, now.ResourceKey, now.DisplayName, state, was?.Outcome, now.Outcome, now.Severity));
        }

        var vanished = before.Values.Where(r => r.Outcome == Outcome.Fail).OrderBy(r => r.RuleId, StringComparer.Ordinal)
            .ThenBy(r => r.ResourceKey, StringComparer.Ordinal).ToList();
        var gone = vanished.Where(r => fullyEvaluated(r.RuleId)).ToList();
        changes.AddRange(vanished.Select(r => new ResultChange(r.RuleId, r.ResourceKey, r.DisplayName,
            fullyEvaluated(r.RuleId) ? DriftState.Resolved : DriftState.Unverified, r.Outcome, null, r.Severity)));
        changes.Sort((a, b) => string.CompareOrdinal(a.RuleId, b.RuleId) is var c and not 0 ? c : string.CompareOrdinal(a.ResourceKey, b.ResourceKey));
        return new RunDrift(baseline, states, changes, gone);
    }

    private static DriftState StateOf(Outcome? previous, Outcome current) => (previous, current) switch
    {
        (null, _) => DriftState.New,
        var (p, c) when p == c => DriftState.Unchanged,
        (Outcome.Pass, Outcome.Fail) => DriftState.Regression,
        (Outcome.Fail, Outcome.Pass) => DriftState.Resolved,
        _ => DriftState.Changed,
    };
}
