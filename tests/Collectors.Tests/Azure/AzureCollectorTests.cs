using ComplianceEngine.Engine.Snapshot;
using static ComplianceEngine.Collectors.Tests.Azure.ArmScenario;

namespace ComplianceEngine.Collectors.Tests.Azure;

public sealed class AzureCollectorTests
{
    [Fact]
    public async Task Collects_subscriptions_resources_and_resource_groups_with_region_and_country()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 2));

        var (status, facts) = await harness.CollectAsync();

        status.Status.ShouldBe(CollectionState.Complete);
        status.Reason.ShouldBeNull();
        status.Scope.ShouldBe(TenantId);
        status.Endpoint.ShouldBe(harness.Arm.Endpoint.ToString());
        status.Datasets.Select(d => (d.Name, d.Status, d.ItemCount)).ShouldBe(
        [
            (Datasets.AzureSubscriptions, CollectionState.Complete, 2),
            (Datasets.AzureResources, CollectionState.Complete, 12),
            (Datasets.AzurePolicyAssignments, CollectionState.Complete, 0),
            (Datasets.AzureRoleAssignments, CollectionState.Complete, 4),
        ]);
        facts.AzureSubscriptions.Select(s => (s.SubscriptionId, s.DisplayName, s.TenantId, s.State)).ShouldBe(
        [
            (SubscriptionId(1), "sub-1", TenantId, "Enabled"),
            (SubscriptionId(2), "sub-2", TenantId, "Enabled"),
        ]);
        var first = facts.CloudResources.Where(r => r.Scope == SubscriptionId(1)).ToDictionary(r => r.Name!);
        first.Count.ShouldBe(6);
        first["stapp01"].ShouldSatisfyAllConditions(
            r => r.Provider.ShouldBe("azure"),
            r => r.Kind.ShouldBe("Microsoft.Storage/storageAccounts"),
            r => r.Id.ShouldBe($"/subscriptions/{SubscriptionId(1)}/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stapp01"),
            r => r.Region.ShouldBe("japaneast"),
            r => r.Country.ShouldBe("JP"),
            r => r.SourceId.ShouldBe(status.Id));
        first["rg-dns"].ShouldSatisfyAllConditions(
            r => r.Kind.ShouldBe("Microsoft.Resources/resourceGroups"),
            r => r.Region.ShouldBe("westeurope"),
            r => r.Country.ShouldBe("NL"));
        first["vm-edge"].ShouldSatisfyAllConditions(
            r => r.Country.ShouldBe("US"),
            r => r.ExtendedLocation.ShouldBe("microsoftlosangeles1"),
            r => r.ExtendedLocationType.ShouldBe("EdgeZone"));
    }

    [Fact]
    public async Task Keeps_global_and_location_less_resources_without_a_country()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 1));

        var (_, facts) = await harness.CollectAsync();

        var global = facts.CloudResources.Single(r => r.Name == "contoso.com");
        global.Region.ShouldBe("global");
        global.Country.ShouldBeNull();
        global.IsGlobal.ShouldBeTrue();
        var locationless = facts.CloudResources.Single(r => r.Name == "dash-nolocation");
        locationless.Region.ShouldBeNull();
        locationless.Country.ShouldBeNull();
        locationless.IsGlobal.ShouldBeTrue();
    }

    [Fact]
    public async Task Follows_nextLink_to_the_last_page_of_every_listing()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 1, extraResources: 7));
        harness.Arm.PageSize = 3;

        var (status, facts) = await harness.CollectAsync();

        status.Status.ShouldBe(CollectionState.Complete);
        facts.CloudResources.Count(r => r.Kind != "Microsoft.Resources/resourceGroups").ShouldBe(11);
        harness.Arm.Calls("/resources?").ShouldBe(4);
        harness.Arm.Calls("/resourcegroups?").ShouldBe(1);
        harness.Arm.Calls("/roleassignments?").ShouldBe(1);
        harness.Arm.Calls("%24skiptoken=9").ShouldBe(1);
    }

    [Fact]
    public async Task Lists_the_subscriptions_once_and_each_of_the_five_listings_once_per_subscription()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 3));

        await harness.CollectAsync();

        harness.Arm.Server.Requests.Count.ShouldBe(1 + 3 * 5);
        harness.Arm.Calls("/subscriptions?").ShouldBe(1);
        harness.Arm.Server.Requests.ShouldAllBe(r => r.Headers["Authorization"] == "Bearer " + ArmHarness.Token);
        harness.Arm.Calls("/roleassignments?api-version=2022-04-01&$filter=atscope()").ShouldBe(3);
        harness.Arm.Calls("/policyassignments?").ShouldBe(3);
        harness.Arm.Calls("/policyexemptions?api-version=2022-07-01-preview&$filter=atscope()").ShouldBe(3);
        harness.Arm.Server.Requests.Where(r => r.PathAndQuery.Contains("policyAssignments", StringComparison.Ordinal))
            .ShouldAllBe(r => r.PathAndQuery.Contains("atScope()", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collects_only_the_configured_subscriptions_and_reports_one_it_cannot_read()
    {
        var data = Tenant(subscriptions: 3);
        await using var harness = await ArmHarness.StartAsync(data);
        var unknown = SubscriptionId(9);

        var (status, facts) = await harness.CollectAsync(o => o with { SubscriptionIds = [SubscriptionId(2), unknown] });

        harness.Arm.Calls("/subscriptions?").ShouldBe(0);
        facts.AzureSubscriptions.Select(s => (s.SubscriptionId, s.State)).ShouldBe([(SubscriptionId(2), "Enabled"), (unknown, null)]);
        facts.CloudResources.ShouldAllBe(r => r.Scope == SubscriptionId(2));
        status.Status.ShouldBe(CollectionState.Partial);
        var subscriptions = status.Datasets.Single(d => d.Name == Datasets.AzureSubscriptions);
        subscriptions.Status.ShouldBe(CollectionState.Partial);
        subscriptions.Reason.ShouldBe($"1 of 2 subscriptions not fully read ({unknown})");
        var gap = subscriptions.Gaps.ShouldHaveSingleItem();
        gap.Scope.ShouldBe(DataScope.Subscription(unknown));
        gap.Reason!.ShouldStartWith("404");
        status.Datasets.ShouldAllBe(d => d.Gaps.Count == 1 && d.Gaps[0].Scope == gap.Scope);
    }

    [Fact]
    public async Task Fetches_subscriptions_concurrently_within_the_configured_bound()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 6));
        harness.Arm.Server.Latency = TimeSpan.FromMilliseconds(30);

        var (status, _) = await harness.CollectAsync(o => o with { MaxParallelism = 2 });

        status.Status.ShouldBe(CollectionState.Complete);
        harness.Handler.MaxConcurrentSubscriptions.ShouldBe(2);
    }
}
