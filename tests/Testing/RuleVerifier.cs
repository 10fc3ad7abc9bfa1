using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using Shouldly;

namespace ComplianceEngine.Testing;

/// <summary>
/// Like Roslyn's analyzer verifier: facts and configuration in, the exact results of one rule asserted —
/// every outcome for every resource, nothing more, nothing less.
/// </summary>
public static class RuleVerifier
{
    public static RuleEvaluation Verify(IComplianceRule rule, FactSnapshot snapshot, params Expected[] expected) =>
        Verify(rule, snapshot, ComplianceConfig.Default, expected);

    public static RuleEvaluation Verify(IComplianceRule rule, FactSnapshot snapshot, ComplianceConfig config, params Expected[] expected)
    {
        var result = new Evaluator(config).Evaluate(snapshot, [rule]);
        var evaluation = result.Rules.ShouldHaveSingleItem($"rule {rule.Descriptor.Id} should be enabled under this configuration");

        var actual = evaluation.All.Select(f => new Expected(f.Outcome, f.Resource.Id, f.Reason)).ToList();
        if (evaluation.NotApplicableReason is { } reason)
            actual.Add(new Expected(Outcome.NotApplicable, Expected.WholeRule, reason));

        var describe = string.Join(Environment.NewLine, actual.Select(a => $"  {a}"));
        actual.Count.ShouldBe(expected.Length, $"{rule.Descriptor.Id} produced:{Environment.NewLine}{describe}");
        foreach (var e in expected)
        {
            actual.ShouldContain(a => e.Matches(a), $"expected {e}; {rule.Descriptor.Id} produced:{Environment.NewLine}{describe}");
        }
        return evaluation;
    }
}

/// <summary>An expected result: outcome, resource id, and for Error/NotApplicable a fragment of the reason.</summary>
public sealed record Expected(Outcome Outcome, string ResourceId, string? ReasonContains = null)
{
    public const string WholeRule = "*";

    public static Expected Pass(string id) => new(Outcome.Pass, id);
    public static Expected Fail(string id) => new(Outcome.Fail, id);
    public static Expected Waived(string id) => new(Outcome.Waived, id);
    public static Expected Error(string id, string reason) => new(Outcome.Error, id, reason);
    public static Expected NotApplicable(string id, string reason) => new(Outcome.NotApplicable, id, reason);
    public static Expected RuleNotApplicable(string reason) => new(Outcome.NotApplicable, WholeRule, reason);

    public bool Matches(Expected actual) =>
        actual.Outcome == Outcome && actual.ResourceId == ResourceId
        && (ReasonContains is null || (actual.ReasonContains ?? string.Empty).Contains(ReasonContains, StringComparison.Ordinal));

    public override string ToString() => ReasonContains is null ? $"{Outcome} {ResourceId}" : $"{Outcome} {ResourceId} ({ReasonContains})";
}
