using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Configuration;

/// <summary>
/// A named rule set (like an analyzer analysis mode): which rules are on and with which parameters. A profile is
/// the layer under rules.json: the file's own severities and parameters still win.
/// </summary>
public sealed record RuleProfile
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public IReadOnlyDictionary<string, Severity> RuleSeverities { get; init; } = new Dictionary<string, Severity>();
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> RuleParameters { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, object>>();
}

/// <summary>What a configuration is validated against: the rules that exist and the profiles to choose from.</summary>
public sealed record RuleCatalog(IReadOnlyList<RuleDescriptor> Rules, IReadOnlyList<RuleProfile> Profiles)
{
    /// <summary>The profile used when rules.json names none.</summary>
    public string? DefaultProfile { get; init; }
}
