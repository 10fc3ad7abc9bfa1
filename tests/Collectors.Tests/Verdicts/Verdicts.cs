using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Collectors.Tests.Verdicts;

/// <summary>The built-in rules' outcomes over collected data, keyed by rule id and resource key, to compare two runs.</summary>
internal static class Verdicts
{
    public static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-26T02:00:00Z");

    public static IReadOnlyList<Finding> Of(params SourceCollection[] collections)
    {
        var snapshot = SnapshotAssembler.Combine(collections, "Contoso", At);
        return new Evaluator(ComplianceConfig.Default).Evaluate(snapshot, BuiltInRules.Create()).Rules.SelectMany(r => r.All).ToList();
    }

    /// <summary>Rule id and resource key → the outcomes found for it, for the findings that pass <paramref name="keep"/>.</summary>
    public static Dictionary<(string Rule, string Resource), string> ByResource(IEnumerable<Finding> findings, Func<Finding, bool> keep) =>
        findings.Where(keep)
            .GroupBy(f => (f.RuleId, f.Resource.Key))
            .ToDictionary(g => g.Key, g => string.Join(",", g.Select(f => f.Outcome).Order()));
}
