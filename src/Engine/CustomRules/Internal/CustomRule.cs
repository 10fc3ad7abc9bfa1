using System.Linq.Expressions;
using System.Reflection;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Rules;
using NRules.RuleModel;

namespace ComplianceEngine.Engine.CustomRules.Internal;

/// <summary>A custom rule at run time: fires on violations like a <see cref="FactRule{TFact}"/>; passes are derived.</summary>
internal sealed class CustomRule : IDefinedRule, IFactViolation
{
    private readonly CustomRuleDefinition _definition;
    private readonly Func<Fact, bool> _scope;
    private readonly Func<Fact, bool> _condition;
    private readonly IReadOnlyList<PropertyInfo> _observed;

    public CustomRule(CustomRuleDefinition definition, LambdaExpression scope, LambdaExpression condition)
    {
        _definition = definition;
        _scope = OverFact(scope);
        _condition = OverFact(condition);
        _observed = PropertiesReadBy(scope, condition);
    }

    public RuleDescriptor Descriptor => _definition.Descriptor;
    public Type FactType => _definition.FactType;
    public bool DecidesEveryFact => false;
    public IRuleDefinition Definition { get; internal set; } = null!;

    public void Bind(RuleParameters parameters, DateTimeOffset now)
    {
    }

    // A condition that throws on one fact (a null, a division by zero, a conversion) makes that fact Error, with the
    // reason, and leaves every other fact and rule alone: NRules would otherwise end the whole run.
    public bool InScope(Fact fact) => Guard(fact, _scope, whenThrowing: true);
    public string? OutOfScopeReason(Fact fact) => null;
    public bool HasData(Fact fact) => !_failures.ContainsKey(fact) && (Guard(fact, _condition, whenThrowing: false) || !_failures.ContainsKey(fact));
    public string MissingDataReason(Fact fact) =>
        _failures.TryGetValue(fact, out var failure) ? $"the custom rule's expression failed on this resource: {failure}" : string.Empty;
    public bool Violates(Fact fact) => Guard(fact, _condition, whenThrowing: false);

    /// <summary>The one condition NRules evaluates: in scope and violated, never throwing.</summary>
    public bool Fires(Fact fact) => Guard(fact, f => _scope(f) && _condition(f), whenThrowing: false);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Fact, string> _failures = new(ReferenceEqualityComparer.Instance);

    private bool Guard(Fact fact, Func<Fact, bool> test, bool whenThrowing)
    {
        try
        {
            return test(fact);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var inner = e is System.Reflection.TargetInvocationException { InnerException: { } cause } ? cause : e;
            _failures.TryAdd(fact, $"{inner.GetType().Name}: {inner.Message}");
            return whenThrowing;
        }
    }

    // A custom condition says nothing about which values could undo it: missing data always gives Error.
    public bool FailStands(Fact fact, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missingDatasets) => false;

    /// <summary>The values of every property the scope and condition read: what decided the outcome.</summary>
    public IReadOnlyDictionary<string, object?> Observe(Fact fact) =>
        _observed.ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => p.GetValue(fact));

    public string Remediation(Fact fact) =>
        _definition.RemediationText is null ? Descriptor.RemediationSummary : Evaluation.MessageFormatter.Format(_definition.RemediationText, fact.Resource, Observe(fact));

    private static Func<Fact, bool> OverFact(LambdaExpression lambda)
    {
        var fact = Expression.Parameter(typeof(Fact), "fact");
        return Expression.Lambda<Func<Fact, bool>>(Expression.Invoke(lambda, Expression.Convert(fact, lambda.Parameters[0].Type)), fact).Compile();
    }

    private static IReadOnlyList<PropertyInfo> PropertiesReadBy(params LambdaExpression[] lambdas)
    {
        var collector = new MemberCollector();
        foreach (var lambda in lambdas)
            collector.Visit(lambda.Body);
        return collector.Properties.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    private sealed class MemberCollector : ExpressionVisitor
    {
        public HashSet<PropertyInfo> Properties { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ParameterExpression && node.Member is PropertyInfo property)
                Properties.Add(property);
            return base.VisitMember(node);
        }
    }
}
