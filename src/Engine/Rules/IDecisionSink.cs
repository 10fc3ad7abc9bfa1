using ComplianceEngine.Engine.Facts;

namespace ComplianceEngine.Engine.Rules;

/// <summary>Where rule actions record what they decided; resolved as an NRules dependency per session.</summary>
public interface IDecisionSink
{
    /// <summary>The fact violates the rule.</summary>
    void Violation(IComplianceRule rule, Fact fact, IReadOnlyDictionary<string, object?>? observed = null);

    /// <summary>The fact satisfies the rule (only rules that decide every fact call this).</summary>
    void Satisfied(IComplianceRule rule, Fact fact, IReadOnlyDictionary<string, object?>? observed = null);
}
