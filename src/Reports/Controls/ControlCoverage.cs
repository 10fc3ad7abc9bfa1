using ComplianceEngine.Engine.Evaluation;

namespace ComplianceEngine.Reports.Controls;

public enum CoverageStatus
{
    /// <summary>At least one enabled rule evidences the control and decided at least one result.</summary>
    Automated,

    /// <summary>Organisational, people or physical control, or its rules decided nothing in this run: the
    /// auditor needs documents and records.</summary>
    Manual,

    /// <summary>A technical control that no enabled rule checks.</summary>
    NotCovered,
}

/// <summary>One control of the organisation's set and what this run says about it.</summary>
public sealed record ControlCoverage(OrganisationControl Control, CoverageStatus Status, IReadOnlyList<RuleEvaluation> Rules)
{
    public int Count(Outcome outcome) => Rules.Sum(r => r.Count(outcome));

    /// <summary>Results that decided something: pass, fail or waived.</summary>
    public int Decided => Count(Outcome.Pass) + Count(Outcome.Fail) + Count(Outcome.Waived);

    /// <summary>The coverage of every control in the organisation's set, in the document's order.</summary>
    public static IReadOnlyList<ControlCoverage> Of(EvaluationResult result)
    {
        var rulesByControl = new Dictionary<string, List<RuleEvaluation>>(StringComparer.Ordinal);
        foreach (var rule in result.Rules)
        {
            foreach (var control in ControlsOf(rule).Select(c => c.Number))
            {
                if (!rulesByControl.TryGetValue(control, out var list))
                    rulesByControl[control] = list = [];
                list.Add(rule);
            }
        }
        return OrganisationControls.All.Select(control =>
        {
            IReadOnlyList<RuleEvaluation> rules = rulesByControl.GetValueOrDefault(control.Number) ?? [];
            var decided = rules.Any(r => r.Count(Outcome.Pass) + r.Count(Outcome.Fail) + r.Count(Outcome.Waived) > 0);
            var status = decided ? CoverageStatus.Automated
                : rules.Count > 0 || control.Kind == ControlKind.Manual ? CoverageStatus.Manual
                : CoverageStatus.NotCovered;
            return new ControlCoverage(control, status, rules);
        }).ToList();
    }

    /// <summary>The organisation's controls a rule evidences, each once, in the document's order.</summary>
    public static IReadOnlyList<OrganisationControl> ControlsOf(RuleEvaluation rule) =>
        rule.Descriptor.Controls.Select(OrganisationControls.For).OfType<OrganisationControl>()
            .Distinct().OrderBy(OrganisationControls.IndexOf).ToList();
}
