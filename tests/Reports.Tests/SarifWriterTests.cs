using System.Text.Json.Nodes;
using ComplianceEngine.Engine.Configuration;
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
    public void A_failure_carries_the_effective_severity_the_resource_and_the_observed_values()
    {
        var sarif = SarifDocument.Of(Some.Scenario());

        var result = sarif.ResultFor("TEST001", "virginia");

        ((string?)result["kind"]).ShouldBe("fail");
        ((string?)result["level"]).ShouldBe("warning");
        ((int?)result["ruleIndex"]).ShouldBe(0);
        ((string?)result["message"]!["text"]).ShouldBe("virginia is in US (eastus), outside the allowed countries.");
        var location = result["locations"]![0]!["logicalLocations"]![0]!;
        ((string?)location["fullyQualifiedName"]).ShouldBe(Some.Resource("virginia").Resource.Key);
        ((string?)location["kind"]).ShouldBe("Microsoft.Storage/storageAccounts");
        ((string?)result["properties"]!["outcome"]).ShouldBe("fail");
        ((string?)result["properties"]!["observed"]!["country"]).ShouldBe("US");
        ((string?)result["properties"]!["remediation"]).ShouldBe("Move virginia to japaneast or japanwest.");
        result["suppressions"].ShouldBeNull();
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

    [Fact]
    public void A_waived_failure_carries_an_accepted_external_suppression_with_the_justification()
    {
        var result = SarifDocument.Of(Some.Scenario()).ResultFor("TEST001", "amsterdam");

        ((string?)result["kind"]).ShouldBe("fail");
        ((string?)result["properties"]!["outcome"]).ShouldBe("waived");
        var suppression = result["suppressions"]!.AsArray().Single()!;
        ((string?)suppression["kind"]).ShouldBe("external");
        ((string?)suppression["status"]).ShouldBe("accepted");
        ((string?)suppression["justification"]).ShouldBe("Replica required by the EU subsidiary until migration");
        ((string?)suppression["properties"]!["owner"]).ShouldBe("storage-team@contoso.example");
        ((string?)suppression["properties"]!["approver"]).ShouldBe("ciso@contoso.example");
        ((string?)suppression["properties"]!["expires"]).ShouldBe("2027-03-31");
    }

    [Fact]
    public void A_failure_under_an_expired_waiver_is_not_suppressed_and_names_the_waiver()
    {
        var result = SarifDocument.Of(Some.Scenario()).ResultFor("TEST001", "singapore");

        ((string?)result["kind"]).ShouldBe("fail");
        ((string?)result["level"]).ShouldBe("warning");
        result["suppressions"].ShouldBeNull();
        ((string?)result["properties"]!["expiredWaiver"]!["expires"]).ShouldBe("2026-06-30");
    }

    [Theory]
    [InlineData("tokyo-a", "pass", "pass")]
    [InlineData("front-door", "notApplicable", "notApplicable")]
    [InlineData("mars", "open", "error")]
    public void Results_other_than_failures_have_level_none(string name, string kind, string outcome)
    {
        var result = SarifDocument.Of(Some.Scenario()).ResultFor("TEST001", name);

        ((string?)result["kind"]).ShouldBe(kind);
        ((string?)result["level"]).ShouldBe("none");
        ((string?)result["properties"]!["outcome"]).ShouldBe(outcome);
    }

    [Fact]
    public void Passes_stop_at_the_limit_and_the_run_says_so()
    {
        var resources = Enumerable.Range(1, 5).Select(i => Some.Resource($"tokyo-{i}")).ToList();
        var sarif = SarifDocument.Of(Some.Evaluate(Some.Snapshot(resources), Some.Config(passLimit: 2)));

        sarif.ResultsOf("TEST001").Count.ShouldBe(2);
        sarif.ResultsOf("TEST001").Select(r => (string?)r["locations"]![0]!["logicalLocations"]![0]!["name"]).ShouldBe(["tokyo-1", "tokyo-2"]);
        var properties = sarif.Rules[0]!["properties"]!;
        ((int?)properties["passCount"]).ShouldBe(5);
        ((bool?)properties["passResultsTruncated"]).ShouldBe(true);
        var notices = sarif.NotificationsOf("CE-PASSES-TRUNCATED");
        notices.Select(n => (string?)n["associatedRule"]!["id"]).ShouldBe(["TEST001", "TEST002"]);
        ((string)notices[0]["message"]!["text"]!).ShouldContain("5 passing resources");
    }

    [Fact]
    public void A_failed_source_makes_execution_unsuccessful_with_one_notification_and_an_error_result()
    {
        var failed = Some.SourceStatus("azure:other", CollectionState.Failed, "403 Forbidden: missing Reader role");
        var result = Some.Evaluate(Some.Snapshot([Some.Resource("tokyo-a"), Some.Resource("lost", source: "azure:other")], Some.SourceStatus(), failed));

        var sarif = SarifDocument.Of(result);

        ((bool?)sarif.Invocation["executionSuccessful"]).ShouldBe(false);
        var notice = sarif.NotificationsOf("CE-SOURCE-INCOMPLETE").ShouldHaveSingleItem();
        ((string?)notice["level"]).ShouldBe("error");
        ((string)notice["message"]!["text"]!).ShouldContain("403 Forbidden: missing Reader role");
        var error = sarif.ResultsOf("TEST001").Single(r => (string?)r["properties"]!["outcome"] == "error");
        ((string?)error["kind"]).ShouldBe("open");
        ((int?)error["properties"]!["observed"]!["affectedResources"]).ShouldBe(1);
        sarif.ResultsOf("TEST001").ShouldNotContain(r => (string?)r["locations"]![0]!["logicalLocations"]![0]!["name"] == "lost");
    }

    [Fact]
    public void A_source_marked_complete_with_a_partial_dataset_is_still_reported()
    {
        var source = Some.SourceStatus() with
        {
            Datasets = [new DatasetStatus { Name = Datasets.AzureResources, Status = CollectionState.Partial, Reason = "429 after 5 retries" }],
        };
        var sarif = SarifDocument.Of(Some.Evaluate(Some.Snapshot([Some.Resource("tokyo-a")], source)));

        ((bool?)sarif.Invocation["executionSuccessful"]).ShouldBe(false);
        var notice = sarif.NotificationsOf("CE-SOURCE-INCOMPLETE").ShouldHaveSingleItem();
        ((string?)notice["level"]).ShouldBe("warning");
        ((string)notice["message"]!["text"]!).ShouldContain("azure.resources partial (429 after 5 retries)");
    }

    [Fact]
    public void A_complete_run_is_successful_without_notifications()
    {
        var sarif = SarifDocument.Of(Some.Evaluate(Some.Snapshot([Some.Resource("tokyo-a"), Some.Resource("virginia", "eastus", "US")])));

        ((bool?)sarif.Invocation["executionSuccessful"]).ShouldBe(true);
        sarif.Notifications.ShouldBeEmpty();
    }

    [Fact]
    public void Expired_and_unused_waivers_are_reported_as_warnings()
    {
        var sarif = SarifDocument.Of(Some.Scenario());

        ((string)sarif.NotificationsOf("CE-WAIVER-EXPIRED").ShouldHaveSingleItem()["message"]!["text"]!).ShouldContain("'singapore'");
        var unused = sarif.NotificationsOf("CE-WAIVER-UNUSED").ShouldHaveSingleItem();
        ((string?)unused["level"]).ShouldBe("warning");
        ((string?)unused["properties"]!["waiver"]).ShouldBe("$.waivers[2]");
    }

    [Fact]
    public void Fingerprints_are_stable_across_runs_and_distinct_across_resources_and_rules()
    {
        static Dictionary<string, string> Fingerprints(SarifDocument sarif) => sarif.Results.ToDictionary(
            r => $"{r!["ruleId"]}|{r["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]}",
            r => (string)r!["partialFingerprints"]!["complianceResource/v1"]!);

        var first = Fingerprints(SarifDocument.Of(Some.Scenario(), Some.Run("run-a")));
        var second = Fingerprints(SarifDocument.Of(Some.Scenario(), Some.Run("run-b")));

        second.ShouldBe(first);
        first.Values.Distinct().Count().ShouldBe(first.Count);
        first.Values.ShouldAllBe(v => v.Length == 64);
    }
}
