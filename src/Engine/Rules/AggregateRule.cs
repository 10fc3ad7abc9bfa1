using ComplianceEngine.Engine.Facts;

namespace ComplianceEngine.Engine.Rules;

/// <summary>
/// A rule that decides every in-scope fact itself, typically a tenant or account fact with an NRules
/// aggregate (<c>Collect</c>, <c>GroupBy</c>) over one other fact type. Its action reports a violation or a
/// pass through the <see cref="IDecisionSink"/>; an in-scope fact it never decides becomes Error.
/// </summary>
public abstract class AggregateRule<TFact> : ComplianceRule<TFact> where TFact : Fact
{
    public sealed override bool DecidesEveryFact => true;

    protected override IReadOnlyDictionary<string, object?> Observed(TFact fact) =>
        new Dictionary<string, object?>();
}
