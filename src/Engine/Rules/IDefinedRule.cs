using NRules.RuleModel;

namespace ComplianceEngine.Engine.Rules;

/// <summary>A rule built with NRules' <c>RuleBuilder</c> rather than the Fluent DSL (custom rules from rules.json).</summary>
public interface IDefinedRule : IComplianceRule
{
    IRuleDefinition Definition { get; }
}

/// <summary>A rule whose pattern reads fact types besides its own population (an aggregate's inner query).</summary>
public interface IReadsFactTypes
{
    IReadOnlyList<Type> FactTypes { get; }
}
