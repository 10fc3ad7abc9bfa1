using System.Text;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Tests.Configuration;

public sealed class RuleProfileTests
{
    private static readonly RuleProfile Strict = new()
    {
        Name = "strict",
        Description = "test",
        RuleSeverities = new Dictionary<string, Severity> { [CountryRule.Rule.Id] = Severity.Error },
        RuleParameters = new Dictionary<string, IReadOnlyDictionary<string, object>> { [CountryRule.Rule.Id] = new Dictionary<string, object> { ["threshold"] = 2 } },
    };

    private static readonly RuleCatalog Catalog = new([CountryRule.Rule], [Strict]);

    private static ComplianceConfig Parse(string json) => ConfigLoader.Parse(Encoding.UTF8.GetBytes(json), "rules.json", Catalog);

    [Fact]
    public void A_profile_sets_severities_and_parameters_under_the_files_own_settings()
    {
        var profiled = Parse("""{ "profile": "strict" }""");
        var overridden = Parse("""{ "profile": "strict", "rules": { "TST-LOC-01": { "severity": "note", "parameters": { "threshold": 3 } } } }""");

        profiled.SeverityOf(CountryRule.Rule).ShouldBe(Severity.Error);
        profiled.ParametersFor(CountryRule.Rule).Int(CountryRule.Threshold).ShouldBe(2);
        overridden.SeverityOf(CountryRule.Rule).ShouldBe(Severity.Note);
        overridden.ParametersFor(CountryRule.Rule).Int(CountryRule.Threshold).ShouldBe(3);
    }

    [Fact]
    public void An_unknown_profile_lists_the_known_ones()
    {
        Should.Throw<InputException>(() => Parse("""{ "profile": "lenient" }""")).Problem.ShouldBe("expected one of \"strict\", found \"lenient\"");
    }

    [Fact]
    public void The_default_profile_applies_without_a_file()
    {
        ConfigLoader.Defaults(Catalog with { DefaultProfile = "strict" }).SeverityOf(CountryRule.Rule).ShouldBe(Severity.Error);
    }
}
