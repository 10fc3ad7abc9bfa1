using System.Text;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private static readonly RuleDescriptor[] Known = [CountryRule.Rule];

    private static ComplianceConfig Parse(string json) => ConfigLoader.Parse(Encoding.UTF8.GetBytes(json), "rules.json", Known);

    private static InputException Invalid(string json) => Should.Throw<InputException>(() => Parse(json));

    [Fact]
    public void Rule_severity_wins_over_category_which_wins_over_default()
    {
        var byRule = Parse("""{ "severity": { "default": "note", "categories": { "DataLocation": "warning" } }, "rules": { "TST-LOC-01": { "severity": "error" } } }""");
        var byCategory = Parse("""{ "severity": { "default": "note", "categories": { "DataLocation": "warning" } } }""");
        var byDefault = Parse("""{ "severity": { "default": "note" } }""");

        byRule.SeverityOf(CountryRule.Rule).ShouldBe(Severity.Error);
        byCategory.SeverityOf(CountryRule.Rule).ShouldBe(Severity.Warning);
        byDefault.SeverityOf(CountryRule.Rule).ShouldBe(Severity.Note);
        ComplianceConfig.Default.SeverityOf(CountryRule.Rule).ShouldBe(Severity.Warning);
    }

    [Fact]
    public void None_turns_a_rule_off()
    {
        Parse("""{ "rules": { "TST-LOC-01": { "severity": "none" } } }""").SeverityOf(CountryRule.Rule).ShouldBe(Severity.None);
    }

    [Fact]
    public void Rule_parameters_override_shared_parameters_which_override_defaults()
    {
        var config = Parse("""{ "parameters": { "allowedCountries": ["JP", "IE"], "threshold": 7 }, "rules": { "TST-LOC-01": { "parameters": { "threshold": 9 } } } }""");

        var parameters = config.ParametersFor(CountryRule.Rule);

        parameters.Strings(CountryRule.Allowed).ShouldBe(["JP", "IE"]);
        parameters.Int(CountryRule.Threshold).ShouldBe(9);
    }

    [Fact]
    public void Bad_json_names_the_file_and_line()
    {
        var error = Invalid("{\n  \"rules\": {\n    \"TST-LOC-01\": { \"severity\": \"error\", }\n  ,\n}");

        error.Message.ShouldStartWith("rules.json:");
        error.Line.ShouldNotBeNull();
        error.Problem.ShouldStartWith("not valid JSON");
    }

    [Fact]
    public void Unknown_rule_id_is_reported_with_its_path_and_line()
    {
        var error = Invalid("{\n  \"rules\": {\n    \"ENT-NOPE-99\": { \"severity\": \"error\" }\n  }\n}");

        error.JsonPath.ShouldBe("$.rules['ENT-NOPE-99']");
        error.Line.ShouldBe(3);
        error.Problem.ShouldContain("unknown rule id 'ENT-NOPE-99'");
    }

    [Fact]
    public void Wrong_parameter_type_says_what_was_expected()
    {
        var error = Invalid("""{ "rules": { "TST-LOC-01": { "parameters": { "threshold": "five" } } } }""");

        error.JsonPath.ShouldBe("$.rules['TST-LOC-01'].parameters.threshold");
        error.Problem.ShouldBe("expected a whole number, found \"five\"");
    }

    [Fact]
    public void Parameter_below_its_minimum_is_rejected()
    {
        Invalid("""{ "parameters": { "threshold": 0 } }""").Problem.ShouldBe("expected a whole number of at least 1, found 0");
    }

    [Fact]
    public void Unknown_parameter_of_a_rule_lists_the_ones_it_takes()
    {
        Invalid("""{ "rules": { "TST-LOC-01": { "parameters": { "graceDays": 3 } } } }""")
            .Problem.ShouldBe("rule TST-LOC-01 has no parameter 'graceDays'; expected one of: allowedCountries, threshold");
    }

    [Fact]
    public void Waiver_without_expiry_or_justification_is_rejected_with_every_problem()
    {
        var error = Invalid("""
            { "waivers": [ { "rule": "TST-LOC-01", "resource": "st1", "owner": "o", "approver": "a" } ] }
            """);

        error.Errors.Select(e => e.Problem).ShouldBe([
            "waiver has no 'justification'; every waiver needs rule, resource, justification, owner, approver, expires",
            "waiver has no 'expires'; every waiver needs rule, resource, justification, owner, approver, expires",
        ]);
        error.Errors.ShouldAllBe(e => e.JsonPath == "$.waivers[0]" && e.Line == 1);
    }

    [Fact]
    public void Waiver_date_must_be_an_iso_date()
    {
        Invalid("""{ "waivers": [ { "rule": "TST-LOC-01", "resource": "st1", "justification": "j", "owner": "o", "approver": "a", "expires": "31/12/2026" } ] }""")
            .JsonPath.ShouldBe("$.waivers[0].expires");
    }

    [Fact]
    public void Secrets_section_keys_outside_the_schema_are_rejected()
    {
        Invalid("""{ "clientSecret": "abc" }""").Problem.ShouldStartWith("unknown property 'clientSecret'");
    }

    [Fact]
    public void Valid_file_carries_its_hash_and_waivers()
    {
        var config = Parse("""{ "waivers": [ { "rule": "TST-LOC-01", "resource": "st1", "justification": "j", "owner": "o", "approver": "a", "expires": "2027-01-31" } ] }""");

        config.Sha256.Length.ShouldBe(64);
        config.Waivers.Single().Expires.ShouldBe(new DateOnly(2027, 1, 31));
        config.Waivers.Single().JsonPath.ShouldBe("$.waivers[0]");
    }
}
