using System.Text.Json.Nodes;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

public sealed class EvidenceWriterTests
{
    private static JsonNode Evidence(EvaluationResult result, RunInfo? run = null) =>
        JsonFile.Parse(Some.Render(s => EvidenceWriter.Write(result, run ?? Some.Run(), s)));

    private static JsonNode Rule(JsonNode evidence, string id) =>
        evidence["rules"]!.AsArray().Single(r => (string?)r!["id"] == id)!;

    private static JsonNode Finding(JsonNode rule, string name) =>
        rule["findings"]!.AsArray().Single(f => (string?)f!["resource"]!["displayName"] == name)!;

    [Fact]
    public void The_run_its_inputs_and_their_hashes_are_recorded()
    {
        var evidence = Evidence(Some.Scenario());

        ((string?)evidence["run"]!["runId"]).ShouldBe("run-0001");
        ((string?)evidence["run"]!["startedAt"]).ShouldBe("2026-11-25T02:00:05.000Z");
        ((string?)evidence["run"]!["commandLine"]).ShouldBe("compliance scan --snapshot snapshot.json --out out");
        ((string?)evidence["config"]!["sha256"]).ShouldBe(Some.Run().ConfigSha256);
        ((string?)evidence["snapshot"]!["sha256"]).ShouldBe(Some.Run().SnapshotSha256);
        ((string?)evidence["snapshot"]!["collectedAt"]).ShouldBe("2026-11-25T02:00:00.000Z");
        ((bool?)evidence["summary"]!["complete"]).ShouldBe(false);
    }

    [Fact]
    public void Sources_carry_their_status_and_datasets()
    {
        var failed = Some.SourceStatus("azure:other", CollectionState.Failed, "403 Forbidden: missing Reader role");
        var evidence = Evidence(Some.Evaluate(Some.Snapshot([Some.Resource("lost", source: "azure:other")], Some.SourceStatus(), failed)));

        var source = evidence["sources"]!.AsArray().Single(s => (string?)s!["id"] == "azure:other")!;
        ((string?)source["status"]).ShouldBe("failed");
        ((string?)source["reason"]).ShouldBe("403 Forbidden: missing Reader role");
        var dataset = source["datasets"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)dataset["name"]).ShouldBe(Datasets.AzureResources);
        ((string?)dataset["status"]).ShouldBe("failed");
        ((int?)Rule(evidence, "TEST001")["unevaluated"]).ShouldBe(1);
        JsonFile.Strings(Rule(evidence, "TEST001")["sources"]).ShouldBe(["azure:contoso", "azure:other"]);
    }

    [Fact]
    public void Datasets_carry_their_gaps_and_incomplete_scopes_mirror_what_is_missing_once_per_scope()
    {
        var evidence = Evidence(PartlyRead.Evaluate());

        var datasets = evidence["sources"]![0]!["datasets"]!.AsArray();
        var resources = datasets.Single(d => (string?)d!["name"] == Datasets.AzureResources)!;
        resources["gaps"]!.AsArray().Count.ShouldBe(301);
        var refused = resources["gaps"]![0]!;
        ((string?)refused["scope"], (string?)refused["status"], (string?)refused["reason"])
            .ShouldBe(($"subscription:{PartlyRead.Restricted}", "failed", PartlyRead.Forbidden));
        datasets.Single(d => (string?)d!["name"] == Datasets.AzurePolicyAssignments)!["gaps"]!.AsArray().ShouldBeEmpty();

        var scopes = evidence["incompleteScopes"]!.AsArray();
        scopes.Select(s => (string?)s!["kind"]).ShouldBe(["source", "item", "subscription"]);
        scopes[0]!["scope"].ShouldBeNull();
        JsonFile.Strings(scopes[0]!["datasets"]).ShouldBe([Datasets.AzurePolicyAssignments]);
        ((int?)scopes[1]!["itemCount"]).ShouldBe(300);
        JsonFile.Strings(scopes[1]!["errorRules"]).ShouldBe(["TEST001", "TEST002"]);
        JsonFile.Strings(scopes[2]!["datasets"]).ShouldBe([Datasets.AzureResources, Datasets.AzureRoleAssignments]);
        ((string?)scopes[2]!["reason"]).ShouldBe(PartlyRead.Forbidden);
        ((int?)scopes[2]!["otherScopesComplete"]).ShouldBe(0);
    }

    [Fact]
    public void Each_rule_has_its_descriptor_counts_and_scope()
    {
        var rule = Rule(Evidence(Some.Scenario()), "TEST001");

        ((string?)rule["severity"]).ShouldBe("warning");
        ((string?)rule["helpUri"]).ShouldBe("docs/rules/TEST001.md");
        rule["controls"]!.AsArray().Select(c => $"{c!["framework"]} {c["id"]}").ShouldBe(["ISO27017 CLD.9.5.1", "ISO27001:2022 A.5.23"]);
        var counts = rule["counts"]!;
        ((int?)counts["pass"], (int?)counts["fail"], (int?)counts["waived"], (int?)counts["notApplicable"], (int?)counts["error"])
            .ShouldBe((3, 2, 1, 1, 1));
        ((int?)rule["inScope"]).ShouldBe(7);
        ((int?)rule["outOfScope"]).ShouldBe(1);
    }

    [Fact]
    public void Findings_carry_observed_values_remediation_reason_and_waiver()
    {
        var rule = Rule(Evidence(Some.Scenario()), "TEST001");

        var failure = Finding(rule, "virginia");
        ((string?)failure["outcome"]).ShouldBe("fail");
        ((string?)failure["observed"]!["region"]).ShouldBe("eastus");
        ((string?)failure["remediation"]).ShouldBe("Move virginia to japaneast or japanwest.");
        var error = Finding(rule, "mars");
        ((string?)error["outcome"]).ShouldBe("error");
        ((string?)error["reason"]).ShouldBe("region mars-1 has no known country");
        var waived = Finding(rule, "amsterdam")["waiver"]!;
        ((bool?)waived["applied"]).ShouldBe(true);
        ((string?)waived["approver"]).ShouldBe("ciso@contoso.example");
        ((bool?)Finding(rule, "singapore")["waiver"]!["applied"]).ShouldBe(false);
    }

    [Fact]
    public void Passes_are_a_count_and_resource_keys_not_full_findings()
    {
        var rule = Rule(Evidence(Some.Scenario(passLimit: 1)), "TEST001");

        ((int?)rule["passes"]!["count"]).ShouldBe(3);
        var group = rule["passes"]!["groups"]!.AsArray().ShouldHaveSingleItem()!;
        var expected = new[] { "tokyo-a", "osaka-b" }.Select(n => Some.Resource(n).Resource)
            .Append(Some.Resource("unnamed", named: false).Resource).ToList();
        ((string?)group["provider"], (string?)group["scope"], (string?)group["kind"]).ShouldBe((expected[0].Provider, expected[0].Scope, expected[0].Kind));
        JsonFile.Strings(group["ids"]).ShouldBe(expected.Select(r => r.Id));
        rule["findings"]!.AsArray().ShouldNotContain(f => (string?)f!["outcome"] == "pass");
    }

    [Fact]
    public void Waivers_are_listed_with_their_state()
    {
        var waivers = Evidence(Some.Scenario())["waivers"]!.AsArray();

        waivers.Select(w => ((string?)w!["resource"], (string?)w["state"], (int?)w["matched"])).ShouldBe(
        [
            ("amsterdam", "applied", 1),
            ("singapore", "expired", 1),
            ("no-such-resource", "unused", 0),
        ]);
    }

    [Fact]
    public void A_waiver_expiring_within_the_warning_period_is_called_out()
    {
        var config = Some.Config(1000, Some.Waiver("virginia", DateOnly.FromDateTime(Some.CollectedAt.UtcDateTime).AddDays(5)));
        var evidence = Evidence(Some.Evaluate(Some.Snapshot([Some.Resource("virginia", "eastus", "US")]), config));

        var waiver = evidence["waivers"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)waiver["state"]).ShouldBe("applied");
        ((bool?)waiver["expiresSoon"]).ShouldBe(true);
    }
}
