using System.Text.Json.Nodes;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

public sealed class SarifWriterTests
{
    [Fact]
    public void Every_outcome_validates_against_the_OASIS_schema()
    {
        var sarif = SarifDocument.Of(Some.Scenario(passLimit: 1));

        var validation = SarifSchema.Validate(sarif.Text);

        validation.IsValid.ShouldBeTrue(SarifSchema.Describe(validation));
        sarif.Results.Select(r => (string?)r!["kind"]).Distinct().Order()
            .ShouldBe(["fail", "notApplicable", "open", "pass"]);
    }

    [Fact]
    public void A_failed_source_run_validates_against_the_OASIS_schema_without_a_help_base()
    {
        var failed = Some.SourceStatus("azure:other", CollectionState.Failed, "401 Unauthorized: token expired");
        var result = Some.Evaluate(Some.Snapshot([Some.Resource("tokyo-a"), Some.Resource("lost", source: "azure:other")], Some.SourceStatus(), failed));

        var validation = SarifSchema.Validate(SarifDocument.Of(result, Some.Run() with { HelpBaseUri = null }).Text);

        validation.IsValid.ShouldBeTrue(SarifSchema.Describe(validation));
    }

    [Fact]
    public void The_validator_rejects_what_the_schema_forbids()
    {
        var sarif = JsonNode.Parse(SarifDocument.Of(Some.Scenario()).Text)!;
        sarif["runs"]![0]!["results"]![0]!["kind"] = "failed";
        sarif["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["helpUri"] = "docs/rules/TEST001.md";

        var validation = SarifSchema.Validate(sarif.ToJsonString());

        validation.IsValid.ShouldBeFalse();
        var problems = SarifSchema.Describe(validation);
        problems.ShouldContain("/runs/0/results/0/kind");
        problems.ShouldContain("/runs/0/tool/driver/rules/0/helpUri");
    }

    [Fact]
    public void Every_enabled_rule_is_described_with_help_controls_and_benchmarks()
    {
        var sarif = SarifDocument.Of(Some.Scenario());

        sarif.Rules.Select(r => (string?)r!["id"]).ShouldBe(["TEST001", "TEST002"]);
        var rule = sarif.Rules[0]!;
        ((string?)rule["name"]).ShouldBe("ResourceStoredOutsideTheAllowedCountries");
        ((string?)rule["shortDescription"]!["text"]).ShouldBe(ResidencyRule.Rule.Title);
        ((string?)rule["fullDescription"]!["text"]).ShouldBe(ResidencyRule.Rule.Description);
        ((string)rule["help"]!["text"]!).ShouldContain(ResidencyRule.Rule.RemediationSummary);
        ((string?)rule["helpUri"]).ShouldBe("https://github.com/contoso/compliance-engine/blob/main/docs/rules/TEST001.md");
        ((string?)rule["defaultConfiguration"]!["level"]).ShouldBe("warning");
        var properties = rule["properties"]!;
        ((string?)properties["category"]).ShouldBe("DataLocation");
        properties["controls"]!.AsArray().Select(c => (string?)c).ShouldBe(["ISO27017 CLD.9.5.1", "ISO27001:2022 A.5.23"]);
        properties["benchmarks"]!.AsArray().Select(c => (string?)c).ShouldBe(["CIS Azure 2.1 2.1.1"]);
        properties["tags"]!.AsArray().Select(c => (string?)c).ShouldContain("DataLocation");
    }

    [Fact]
    public void A_severity_set_in_rules_json_sets_the_level_and_is_listed_as_an_override()
    {
        var config = Some.Config() with { RuleSeverities = new Dictionary<string, Severity> { ["TEST001"] = Severity.Error } };
        var sarif = SarifDocument.Of(Some.Evaluate(Some.Snapshot([Some.Resource("virginia", "eastus", "US")]), config));

        ((string?)sarif.ResultFor("TEST001", "virginia")["level"]).ShouldBe("error");
        var overrides = sarif.Invocation["ruleConfigurationOverrides"]!.AsArray();
        overrides.Count.ShouldBe(1);
        ((string?)overrides[0]!["descriptor"]!["id"]).ShouldBe("TEST001");
        ((string?)overrides[0]!["configuration"]!["level"]).ShouldBe("error");
    }
}
