using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts;

namespace ComplianceEngine.Engine.Rules;

/// <summary>
/// A rule that matches single facts and fires only on violations. The NRules pattern is
/// scope ∧ data present ∧ violation; the engine derives passes — in-scope facts that did not fire — in one
/// linear pass, so a rule costs one activation per violation, not per fact.
/// </summary>
public abstract class FactRule<TFact> : ComplianceRule<TFact>, IFactViolation where TFact : Fact
{
    public sealed override bool DecidesEveryFact => false;

    /// <summary>What a violation is, for an in-scope fact with its data present.</summary>
    protected abstract Expression<Func<TFact, bool>> Violation { get; }

    private Func<TFact, bool>? _violates;

    /// <summary>The violation test outside NRules, for baselines and tools; the engine itself fires the pattern.</summary>
    public bool Violates(Fact fact) => (_violates ??= Violation.Compile())((TFact)fact);

    public override void Define()
    {
        TFact fact = null!;
        IDecisionSink sink = null!;

        Name(Descriptor.Id);
        Dependency().Resolve(() => sink);
        When().Match(() => fact, Scope, DataPresent, Violation);
        Then().Do(_ => sink.Violation(this, fact, null));
    }
}
