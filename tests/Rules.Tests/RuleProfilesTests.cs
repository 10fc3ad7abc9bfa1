using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Rules.Tests;

public sealed class RuleProfilesTests
{
    [Fact]
    public void Every_rule_a_profile_names_exists()
    {
        var ids = BuiltInRules.Descriptors.Select(d => d.Id).ToHashSet();
        foreach (var profile in RuleProfiles.All)
        {
            profile.RuleSeverities.Keys.ShouldAllBe(id => ids.Contains(id), profile.Name);
            profile.RuleParameters.Keys.ShouldAllBe(id => ids.Contains(id), profile.Name);
        }
    }

    [Fact]
    public void Profiles_differ_in_the_global_admin_range_and_in_which_rules_are_on()
    {
        var globalAdmins = BuiltInRules.Descriptors.Single(d => d.Id == "ENT-PRIV-01");
        var location = BuiltInRules.Descriptors.Single(d => d.Id == "LOC-AZ-01");
        ComplianceConfig With(string name) => ComplianceConfig.Default with { Profile = RuleProfiles.All.Single(p => p.Name == name) };

        With(RuleProfiles.Iso27001).ParametersFor(globalAdmins).Values["maxGlobalAdmins"].ShouldBe(4);
        With(RuleProfiles.ScubaGear).ParametersFor(globalAdmins).Values["maxGlobalAdmins"].ShouldBe(8);
        With(RuleProfiles.Iso27001).SeverityOf(location).ShouldBe(Severity.Error);
        With(RuleProfiles.Cis).SeverityOf(location).ShouldBe(Severity.None);
        With(RuleProfiles.ScubaGear).SeverityOf(location).ShouldBe(Severity.None);
    }

    [Fact]
    public void The_iso_profile_is_the_default()
    {
        ConfigLoader.Defaults(RuleProfiles.Catalog).Profile!.Name.ShouldBe(RuleProfiles.Iso27001);
    }
}
