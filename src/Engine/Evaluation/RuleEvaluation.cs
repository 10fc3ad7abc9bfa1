using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Evaluation;

/// <summary>
/// Everything one rule produced in a run: its effective severity, the population it looked at, the
/// non-pass findings (sorted by resource) and the passes (in snapshot order).
/// </summary>
public sealed class RuleEvaluation
{
    internal RuleEvaluation(RuleDescriptor descriptor, Severity severity, IReadOnlyList<Finding> findings,
        IReadOnlyList<Finding> passes, int outOfScope, string? notApplicableReason)
    {
        Descriptor = descriptor;
        Severity = severity;
        Findings = findings;
        Passes = passes;
        OutOfScope = outOfScope;
        NotApplicableReason = notApplicableReason;
    }

    public RuleDescriptor Descriptor { get; }
    public Severity Severity { get; }

    /// <summary>Fail, Waived, Error and NotApplicable results, sorted by resource key.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Pass results, in snapshot order.</summary>
    public IReadOnlyList<Finding> Passes { get; }

    /// <summary>Facts of the rule's type that were outside its scope and not recorded individually.</summary>
    public int OutOfScope { get; }

    /// <summary>Set when the rule had nothing to evaluate at all (no in-scope resource, no relevant source).</summary>
    public string? NotApplicableReason { get; }

    public int Count(Outcome outcome) =>
        outcome == Outcome.Pass ? Passes.Count : Findings.Count(f => f.Outcome == outcome);

    public IEnumerable<Finding> All => Findings.Concat(Passes);
}
