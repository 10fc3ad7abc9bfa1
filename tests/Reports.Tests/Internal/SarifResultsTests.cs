using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests.Internal;

/// <summary>How each outcome becomes a SARIF result (written through the public <see cref="SarifWriter"/>).</summary>
public sealed class SarifResultsTests
{
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
