using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Rules;

/// <summary>
/// The named rule sets selectable with <c>"profile"</c> in rules.json. They differ in which rules are on and in
/// their parameters; the file's own settings still win over the profile.
/// </summary>
public static class RuleProfiles
{
    public const string Iso27001 = "iso27001";
    public const string Cis = "cis";
    public const string ScubaGear = "scubagear";

    public static readonly RuleProfile Iso27001Profile = new()
    {
        Name = Iso27001,
        Description = "ISO/IEC 27001:2022 Annex A and ISO/IEC 27017 as the organisation's ISMS-A-04 applies them: every rule at its default.",
    };

    public static readonly RuleProfile CisProfile = new()
    {
        Name = Cis,
        Description = "CIS Microsoft 365 and CIS AWS Foundations benchmarks: 2–4 Global Administrators; data-location rules off (no CIS control).",
        RuleSeverities = Off(DataLocationRules()),
        RuleParameters = new Dictionary<string, IReadOnlyDictionary<string, object>>
        {
            ["ENT-PRIV-01"] = new Dictionary<string, object> { ["minGlobalAdmins"] = 2, ["maxGlobalAdmins"] = 4 },
        },
    };

    public static readonly RuleProfile ScubaGearProfile = new()
    {
        Name = ScubaGear,
        Description = "CISA ScubaGear (Microsoft 365 secure configuration baselines): 2–8 Global Administrators; Entra rules only.",
        RuleSeverities = Off(BuiltInRules.Descriptors.Where(d => !d.Id.StartsWith("ENT-", StringComparison.Ordinal)).Select(d => d.Id)),
        RuleParameters = new Dictionary<string, IReadOnlyDictionary<string, object>>
        {
            ["ENT-PRIV-01"] = new Dictionary<string, object> { ["minGlobalAdmins"] = 2, ["maxGlobalAdmins"] = 8 },
        },
    };

    public static IReadOnlyList<RuleProfile> All { get; } = [Iso27001Profile, CisProfile, ScubaGearProfile];

    /// <summary>The built-in rules and profiles, with ISO/IEC 27001 as the default profile.</summary>
    public static RuleCatalog Catalog { get; } = new(BuiltInRules.Descriptors, All) { DefaultProfile = Iso27001 };

    /// <summary>The built-in catalogue plus the organisation's custom rules, for a loaded configuration.</summary>
    public static IReadOnlyList<IComplianceRule> RulesFor(ComplianceConfig config) =>
        [.. BuiltInRules.Create(), .. config.CustomRules.Select(c => c.Create())];

    private static IEnumerable<string> DataLocationRules() =>
        BuiltInRules.Descriptors.Where(d => d.Category == Categories.DataLocation).Select(d => d.Id);

    private static Dictionary<string, Severity> Off(IEnumerable<string> ids) => ids.ToDictionary(id => id, _ => Severity.None);
}
