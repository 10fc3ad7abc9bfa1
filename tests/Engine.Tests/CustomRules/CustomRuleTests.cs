using System.Text;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Engine.Tests.CustomRules;

public sealed class CustomRuleTests
{
    private static ComplianceConfig Parse(string json) => ConfigLoader.Parse(Encoding.UTF8.GetBytes(json), "rules.json", [CountryRule.Rule]);

    private const string Unlicensed = """
        { "customRules": [ {
            "id": "ORG-ENT-01", "title": "Enabled member without a licence", "category": "AccessControl", "severity": "warning",
            "controls": ["ISO27001:2022 A.5.18", "ISMS-A-04 5.18"],
            "factType": "EntraUser",
            "requiredData": ["entra.users"],
            "scope": "AccountEnabled == true && UserType == \"Member\"",
            "condition": "AssignedLicenseCount == 0",
            "message": "{resource} has {assignedLicenseCount} licences.",
            "remediation": "Assign a licence to {resource} or disable it."
        } ] }
        """;

    [Fact]
    public void A_custom_rule_fires_on_violations_and_passes_are_derived_from_its_scope()
    {
        var config = Parse(Unlicensed);
        var licensed = Some.User() with { AssignedLicenseCount = 1 };
        var unlicensed = Some.User() with { AssignedLicenseCount = 0 };
        var disabled = Some.User() with { AccountEnabled = false, AssignedLicenseCount = 0 };

        var evaluation = RuleVerifier.Verify(config.CustomRules.Single().Create(), SomeSnapshot.With(licensed, unlicensed, disabled), config,
            Pass(licensed.Id), Fail(unlicensed.Id));

        var failure = evaluation.Findings.Single();
        failure.Message.ShouldBe($"{unlicensed.UserPrincipalName} has 0 licences.");
        failure.Remediation.ShouldBe($"Assign a licence to {unlicensed.UserPrincipalName} or disable it.");
        failure.Observed.Keys.ShouldBe(["accountEnabled", "assignedLicenseCount", "userType"]);
        evaluation.Descriptor.Controls.Select(c => c.ToString()).ShouldBe(["ISO27001:2022 A.5.18", "ISMS-A-04 5.18"]);
    }

    [Fact]
    public void A_custom_rule_gives_error_not_pass_when_its_data_was_not_collected()
    {
        var config = Parse(Unlicensed);
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraUsers, "503 after retries");

        RuleVerifier.Verify(config.CustomRules.Single().Create(), SomeSnapshot.With(sources, Some.User()), config, Error(Some.EntraSource, "503"));
    }

    [Fact]
    public void Custom_rules_can_be_configured_and_waived_like_built_in_ones()
    {
        var config = Parse(Unlicensed.TrimEnd().TrimEnd('}') + """
            , "rules": { "ORG-ENT-01": { "severity": "error" } },
              "waivers": [ { "rule": "ORG-ENT-01", "resource": "x@contoso.example", "justification": "j", "owner": "o", "approver": "a", "expires": "2027-01-01" } ] }
            """);

        config.SeverityOf(config.CustomRules.Single().Descriptor).ShouldBe(Engine.Rules.Severity.Error);
        config.Waivers.Single().RuleId.ShouldBe("ORG-ENT-01");
    }

    [Fact]
    public void A_typo_in_a_condition_is_reported_with_the_rule_the_expression_and_the_position()
    {
        var error = Should.Throw<InputException>(() => Parse("""
            { "customRules": [ { "id": "ORG-ENT-02", "title": "t", "factType": "EntraUser", "requiredData": ["entra.users"], "condition": "AccountEnabled == true && AsignedLicenseCount == 0" } ] }
            """));

        error.JsonPath.ShouldBe("$.customRules[0].condition");
        error.Problem.ShouldStartWith("custom rule ORG-ENT-02: 'AccountEnabled == true && AsignedLicenseCount == 0' does not parse at position 26:");
        error.Problem.ShouldContain("AsignedLicenseCount");
    }

    [Theory]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("UserPrincipalName.GetType().Assembly.GetName().Name == \"x\"")]
    [InlineData("new System.Net.WebClient() != null")]
    public void A_condition_cannot_reach_code_outside_the_fact(string condition)
    {
        var error = Should.Throw<InputException>(() => Parse($$"""
            { "customRules": [ { "id": "ORG-ENT-03", "title": "t", "factType": "EntraUser", "requiredData": ["entra.users"], "condition": "{{condition.Replace("\"", "\\\"")}}" } ] }
            """));

        error.JsonPath.ShouldBe("$.customRules[0].condition");
    }

    [Fact]
    public void Ids_of_built_in_rules_cannot_be_reused()
    {
        Should.Throw<InputException>(() => Parse("""
            { "customRules": [ { "id": "TST-LOC-01", "title": "t", "factType": "CloudResource", "requiredData": ["azure.resources"], "condition": "Country == \"US\"" } ] }
            """)).Problem.ShouldContain("already taken");
    }

    [Fact]
    public void Unknown_fact_type_lists_the_known_ones()
    {
        Should.Throw<InputException>(() => Parse("""
            { "customRules": [ { "id": "ORG-X-01", "title": "t", "factType": "Printer", "requiredData": ["entra.users"], "condition": "true" } ] }
            """)).Problem.ShouldStartWith("unknown fact type 'Printer'; expected one of: EntraUser");
    }
}
