using ComplianceEngine.Engine.Facts;

namespace ComplianceEngine.Engine.Rules;

/// <summary>A compliance rule: an NRules rule that carries its descriptor and knows the facts it applies to.</summary>
public interface IComplianceRule
{
    RuleDescriptor Descriptor { get; }

    /// <summary>The fact type whose instances are this rule's population.</summary>
    Type FactType { get; }

    /// <summary>True when the rule records a pass or a failure for every in-scope fact itself (aggregates);
    /// false when it fires only on violations and the engine derives the passes.</summary>
    bool DecidesEveryFact { get; }

    /// <summary>Binds parameters and the evaluation time before the rule set is compiled.</summary>
    void Bind(RuleParameters parameters, DateTimeOffset now);

    bool InScope(Fact fact);
    string? OutOfScopeReason(Fact fact);
    bool HasData(Fact fact);
    string MissingDataReason(Fact fact);
    IReadOnlyDictionary<string, object?> Observe(Fact fact);
    string Remediation(Fact fact);

    /// <summary>
    /// The fix as one short command an admin can paste (shell or PowerShell), with every value the facts hold filled
    /// in and tenant strings quoted for that shell; null when the fix has no such command (a portal step, a decision).
    /// </summary>
    string? Command(Fact fact) => null;

    /// <summary>
    /// Whether a violation found for this fact stands although some of the data the rule reads is missing for its
    /// scope: true only when no value the missing datasets could hold would turn it into a pass (a count already
    /// above its maximum). Otherwise the result is Error.
    /// </summary>
    bool FailStands(Fact fact, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missingDatasets);
}

/// <summary>A rule whose violation is a test on one fact (every <see cref="FactRule{TFact}"/>).</summary>
public interface IFactViolation
{
    bool Violates(Fact fact);
}
