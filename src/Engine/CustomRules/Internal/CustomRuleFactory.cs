using System.Linq.Expressions;
using System.Reflection;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Rules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace ComplianceEngine.Engine.CustomRules.Internal;

/// <summary>Builds a custom rule's NRules definition with <see cref="RuleBuilder"/>: one pattern, scope ∧ condition.</summary>
internal static class CustomRuleFactory
{
    private const string FactName = "fact";
    private const string SinkName = "sink";

    private static readonly MethodInfo Fires = typeof(CustomRule).GetMethod(nameof(CustomRule.Fires))!;
    private static readonly MethodInfo Violation = typeof(IDecisionSink).GetMethod(nameof(IDecisionSink.Violation))!;

    public static IComplianceRule Create(CustomRuleDefinition definition)
    {
        var scope = definition.ScopeText is null
            ? Expression.Lambda(Expression.Constant(true), Expression.Parameter(definition.FactType, FactName))
            : Parse(definition, definition.ScopeText);
        var condition = Parse(definition, definition.ConditionText);
        var rule = new CustomRule(definition, scope, condition);
        rule.Definition = Build(rule, definition, scope, condition);
        return rule;
    }

    private static LambdaExpression Parse(CustomRuleDefinition definition, string text) =>
        ConditionParser.Parse(definition.FactType, text, FactName).Lambda
        ?? throw new InvalidOperationException($"Custom rule {definition.Descriptor.Id} was validated but its expression no longer parses.");

    private static IRuleDefinition Build(CustomRule rule, CustomRuleDefinition definition, LambdaExpression scope, LambdaExpression condition)
    {
        var builder = new RuleBuilder();
        builder.Name(definition.Descriptor.Id);
        builder.Dependencies().Dependency(typeof(IDecisionSink), SinkName);
        var pattern = builder.LeftHandSide().Pattern(definition.FactType, FactName);
        var patternFact = Expression.Parameter(definition.FactType, FactName);
        pattern.Condition(Expression.Lambda(Expression.Call(Expression.Constant(rule), Fires, Expression.Convert(patternFact, typeof(Fact))), patternFact));

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var fact = Expression.Parameter(definition.FactType, FactName);
        var sink = Expression.Parameter(typeof(IDecisionSink), SinkName);
        var call = Expression.Call(sink, Violation, Expression.Constant(rule, typeof(IComplianceRule)),
            Expression.Convert(fact, typeof(Fact)), Expression.Constant(null, typeof(IReadOnlyDictionary<string, object?>)));
        builder.RightHandSide().Action(Expression.Lambda(call, context, fact, sink));
        return builder.Build();
    }
}
