using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.CustomRules;

/// <summary>
/// An organisation's own rule from rules.json <c>customRules</c>: a descriptor, the fact type it applies to, and
/// its scope and condition as expressions over that fact's properties, already parsed and checked. Rules files
/// cannot run code: the expressions are parsed by System.Linq.Dynamic.Core into expression trees over the fact's
/// public properties and the predefined value types only.
/// </summary>
public sealed record CustomRuleDefinition
{
    public required RuleDescriptor Descriptor { get; init; }
    public required Type FactType { get; init; }
    public string? ScopeText { get; init; }
    public required string ConditionText { get; init; }
    public string? RemediationText { get; init; }

    /// <summary>A fresh rule instance for one evaluation.</summary>
    public IComplianceRule Create() => Internal.CustomRuleFactory.Create(this);
}
