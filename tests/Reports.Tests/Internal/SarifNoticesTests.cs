using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests.Internal;

/// <summary>executionSuccessful and the tool execution notifications (written through the public <see cref="SarifWriter"/>).</summary>
public sealed class SarifNoticesTests
{
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
    public void Each_incomplete_scope_is_one_brief_notice_listing_scope_datasets_and_reason_and_the_log_stays_valid()
    {
        var sarif = SarifDocument.Of(PartlyRead.Evaluate());

        var validation = SarifSchema.Validate(sarif.Text);
        validation.IsValid.ShouldBeTrue(SarifSchema.Describe(validation));
        var notices = sarif.NotificationsOf("CE-SOURCE-INCOMPLETE");
        notices.Select(n => (string?)n["properties"]!["scope"]).ShouldBe([null, "item", $"subscription:{PartlyRead.Restricted}"]);
        notices.ShouldAllBe(n => (string?)n["level"] == "warning" && ((string)n["message"]!["text"]!).Length < 400);
        notices.Count(n => ((string)n["message"]!["text"]!).Contains(PartlyRead.Forbidden)).ShouldBe(1);

        var subscription = notices[2]["properties"]!;
        subscription["incompleteDatasets"]!.AsArray().Select(d => (string?)d).ShouldBe([Datasets.AzureResources, Datasets.AzureRoleAssignments]);
        ((string?)subscription["reason"]).ShouldBe(PartlyRead.Forbidden);
        subscription["errorRules"]!.AsArray().Select(d => (string?)d).ShouldBe(["TEST001", "TEST002"]);
        var items = notices[1]["properties"]!;
        ((int?)items["itemCount"]).ShouldBe(300);
        items["items"]!.AsArray().Count.ShouldBe(5);
        ((string?)notices[0]["properties"]!["reason"]).ShouldBe(PartlyRead.Throttled);
    }
}
