using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Rules;
using NRules.Extensibility;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>Collects what rule actions decided in one session, per rule, keyed by fact identity.</summary>
internal sealed class DecisionSink : IDecisionSink, IDependencyResolver
{
    private readonly Dictionary<IComplianceRule, Dictionary<Fact, Decision>> _decisions = new(ReferenceEqualityComparer.Instance);

    public void Violation(IComplianceRule rule, Fact fact, IReadOnlyDictionary<string, object?>? observed = null) =>
        For(rule)[fact] = new Decision(true, observed);

    public void Satisfied(IComplianceRule rule, Fact fact, IReadOnlyDictionary<string, object?>? observed = null) =>
        For(rule)[fact] = new Decision(false, observed);

    public IReadOnlyDictionary<Fact, Decision> DecisionsOf(IComplianceRule rule) =>
        _decisions.TryGetValue(rule, out var decisions) ? decisions : Empty;

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(IDecisionSink) ? this : throw new InvalidOperationException($"No service {serviceType.Name} for rules.");

    private Dictionary<Fact, Decision> For(IComplianceRule rule)
    {
        if (!_decisions.TryGetValue(rule, out var decisions))
            _decisions[rule] = decisions = new Dictionary<Fact, Decision>(ReferenceEqualityComparer.Instance);
        return decisions;
    }

    private static readonly Dictionary<Fact, Decision> Empty = new(ReferenceEqualityComparer.Instance);
}

internal readonly record struct Decision(bool Violated, IReadOnlyDictionary<string, object?>? Observed);
