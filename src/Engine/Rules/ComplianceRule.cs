using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Engine.Rules;

/// <summary>
/// Base of every rule over facts of type <typeparamref name="TFact"/>: the scope (which facts the rule applies
/// to), the data it needs, what it observes and how to fix a failure. Subclasses say what a violation is in
/// <see cref="FactRule{TFact}"/> or decide every fact themselves in <see cref="AggregateRule{TFact}"/>.
/// </summary>
public abstract class ComplianceRule<TFact> : Rule, IComplianceRule where TFact : Fact
{
    private Func<TFact, bool>? _scope;
    private Func<TFact, bool>? _hasData;

    public abstract RuleDescriptor Descriptor { get; }
    public Type FactType => typeof(TFact);
    public abstract bool DecidesEveryFact { get; }

    protected RuleParameters Parameters { get; private set; } = null!;

    /// <summary>The evaluation time: the snapshot's collection time, so results do not drift with the clock.</summary>
    protected DateTimeOffset Now { get; private set; }

    /// <summary>Which facts the rule applies to. Out-of-scope facts get no outcome.</summary>
    protected virtual Expression<Func<TFact, bool>> Scope => _ => true;

    /// <summary>Whether an in-scope fact carries the data the rule needs; a fact without it gives Error.</summary>
    protected virtual Expression<Func<TFact, bool>> DataPresent => _ => true;

    protected virtual string MissingData(TFact fact) => "the data this rule needs is missing for this resource";

    /// <summary>A reason worth recording as NotApplicable for an out-of-scope fact, or null to only count it.</summary>
    protected virtual string? NotApplicable(TFact fact) => null;

    protected abstract IReadOnlyDictionary<string, object?> Observed(TFact fact);
    protected abstract string RemediationFor(TFact fact);

    /// <summary>The fix as one short command (see <see cref="IComplianceRule.Command"/>); null when there is none.</summary>
    protected virtual string? CommandFor(TFact fact) => null;

    public virtual void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        Parameters = parameters;
        Now = now;
    }

    public bool InScope(Fact fact) => (_scope ??= Scope.Compile())((TFact)fact);
    public string? OutOfScopeReason(Fact fact) => NotApplicable((TFact)fact);
    public bool HasData(Fact fact) => (_hasData ??= DataPresent.Compile())((TFact)fact);
    public string MissingDataReason(Fact fact) => MissingData((TFact)fact);
    public IReadOnlyDictionary<string, object?> Observe(Fact fact) => Observed((TFact)fact);
    public string Remediation(Fact fact) => RemediationFor((TFact)fact);
    public string? Command(Fact fact) => CommandFor((TFact)fact);

    public bool FailStands(Fact fact, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missingDatasets) =>
        FailStandsWithout((TFact)fact, observed, missingDatasets);

    /// <summary>
    /// Override where what was read already proves the violation whatever <paramref name="missingDatasets"/> hold
    /// (three-valued: a certain fail stays a Fail). The default, false, turns the result into Error.
    /// </summary>
    protected virtual bool FailStandsWithout(TFact fact, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missingDatasets) => false;

    /// <summary>Days between a timestamp and <see cref="Now"/>; null timestamps mean "never".</summary>
    protected int? DaysSince(DateTimeOffset? when) => when is null ? null : (int)Math.Floor((Now - when.Value).TotalDays);
}
