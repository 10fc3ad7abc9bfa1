using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Azure;
using static ComplianceEngine.Collectors.Tests.Azure.ArmScenario;

namespace ComplianceEngine.Collectors.Tests.Azure;

/// <summary>A subscription that cannot be read is a gap in its own scope: the other subscriptions stay complete.</summary>
public sealed class AzureScopeGapTests
{
    private static readonly string[] PerSubscription = [Datasets.AzureResources, Datasets.AzurePolicyAssignments, Datasets.AzureRoleAssignments];

    private static IEnumerable<(string Dataset, string Scope, CollectionState Status)> GapsOf(SourceStatus status) =>
        status.Datasets.SelectMany(d => d.Gaps.Select(g => (d.Name, g.Scope, g.Status)));

    [Fact]
    public async Task One_forbidden_subscription_of_three_is_a_gap_in_each_dataset_it_failed_and_the_others_stay_whole()
    {
        await using var complete = await ArmHarness.StartAsync(Tenant(subscriptions: 3));
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 3));
        var forbidden = SubscriptionId(2);
        harness.Arm.Inject($"/subscriptions/{forbidden}/", FakeArmFaultKind.Forbidden);

        var whole = (await complete.CollectAsync()).Facts;
        var (status, facts) = await harness.CollectAsync();

        GapsOf(status).ShouldBe(PerSubscription.Select(d => (d, DataScope.Subscription(forbidden), CollectionState.Failed)), ignoreOrder: true);
        status.Datasets.Single(d => d.Name == Datasets.AzureSubscriptions).Status.ShouldBe(CollectionState.Complete);
        foreach (var name in PerSubscription)
        {
            var dataset = status.Datasets.Single(d => d.Name == name);
            dataset.Status.ShouldBe(CollectionState.Partial);
            dataset.Gaps[0].Reason!.ShouldContain("403 Forbidden (AuthorizationFailed)");
        }
        // The readable subscriptions' facts are exactly those of a run where nothing failed.
        facts.CloudResources.ShouldBe(whole.CloudResources.Where(r => r.Scope != forbidden));
        facts.AzureSubscriptions.Where(s => s.SubscriptionId != forbidden).Select(Comparable)
            .ShouldBe(whole.AzureSubscriptions.Where(s => s.SubscriptionId != forbidden).Select(Comparable));
        var unread = facts.AzureSubscriptions.Single(s => s.SubscriptionId == forbidden);
        unread.PrivilegedRoleHolders.ShouldBeNull();
        unread.AllowedLocationsPolicyAssigned.ShouldBeNull();
    }

    [Fact]
    public async Task A_configured_subscription_that_cannot_be_read_is_a_gap_in_every_dataset_and_still_a_fact()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 3));
        var forbidden = SubscriptionId(3);
        harness.Arm.Inject($"/subscriptions/{forbidden}", FakeArmFaultKind.Forbidden);

        var (status, facts) = await harness.CollectAsync(o => o with { SubscriptionIds = [SubscriptionId(1), SubscriptionId(2), forbidden] });

        GapsOf(status).ShouldBe(Datasets.Of("azure").Select(d => (d, DataScope.Subscription(forbidden), CollectionState.Failed)), ignoreOrder: true);
        status.Status.ShouldBe(CollectionState.Partial);
        facts.AzureSubscriptions.Single(s => s.SubscriptionId == forbidden).DisplayName.ShouldBeNull();
        facts.CloudResources.Count.ShouldBe(12);
    }

    [Fact]
    public async Task A_credential_refused_on_every_configured_subscription_fails_the_source_whole_and_keeps_their_ids()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 2));

        var (status, facts) = await harness.CollectAsync(o => o with { SubscriptionIds = [SubscriptionId(1), SubscriptionId(2)] },
            new StaticTokenCredential("not-the-expected-token"));

        status.Status.ShouldBe(CollectionState.Failed);
        status.Reason!.ShouldStartWith($"none of the 2 configured subscriptions could be read: subscription {SubscriptionId(1)} (and 1 more): 401");
        status.Datasets.ShouldAllBe(d => d.Status == CollectionState.Failed && d.Gaps.Count == 0);
        status.GapsIn(Datasets.AzureResources).ShouldHaveSingleItem().IsWhole.ShouldBeTrue();
        facts.AzureSubscriptions.Select(s => s.SubscriptionId).ShouldBe([SubscriptionId(1), SubscriptionId(2)]);
        facts.CloudResources.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_forbidden_role_listing_is_a_gap_in_role_assignments_only()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 3));
        var restricted = SubscriptionId(1);
        harness.Arm.Inject($"/subscriptions/{restricted}/providers/microsoft.authorization/roleassignments?", FakeArmFaultKind.Forbidden);

        var (status, facts) = await harness.CollectAsync();

        GapsOf(status).ShouldBe([(Datasets.AzureRoleAssignments, DataScope.Subscription(restricted), CollectionState.Failed)]);
        status.Datasets.Where(d => d.Name != Datasets.AzureRoleAssignments).ShouldAllBe(d => d.Status == CollectionState.Complete);
        status.Datasets.Single(d => d.Name == Datasets.AzureRoleAssignments).Reason.ShouldBe($"1 of 3 subscriptions not fully read ({restricted})");
        facts.AzureSubscriptions.Single(s => s.SubscriptionId == restricted).ShouldSatisfyAllConditions(
            s => s.PrivilegedRoleHolders.ShouldBeNull(),
            s => s.AllowedLocationsPolicyAssigned.ShouldBe(false));
        facts.CloudResources.Count.ShouldBe(18);
    }

    [Fact]
    public async Task A_resource_listing_that_breaks_off_keeps_what_it_read_under_a_partial_gap()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 2));
        harness.Arm.PageSize = 2;
        var broken = SubscriptionId(2);
        harness.Arm.Inject($"/subscriptions/{broken}/resources?api-version=2021-04-01&%24skiptoken=2", FakeArmFaultKind.TruncatedBody);

        var (status, facts) = await harness.CollectAsync();

        harness.Arm.Calls($"/subscriptions/{broken}/resources?").ShouldBe(2);
        var resources = status.Datasets.Single(d => d.Name == Datasets.AzureResources);
        resources.Status.ShouldBe(CollectionState.Partial);
        var gap = resources.Gaps.ShouldHaveSingleItem();
        gap.ShouldSatisfyAllConditions(
            g => g.Scope.ShouldBe(DataScope.Subscription(broken)),
            g => g.Status.ShouldBe(CollectionState.Partial),
            g => g.Reason.ShouldBe("resources: unreadable response from ARM (truncated or malformed JSON)"));
        // Two resource groups and the first page of resources: kept, and the gap covers each of them.
        var kept = facts.CloudResources.Where(r => r.Scope == broken).ToList();
        kept.Count.ShouldBe(4);
        kept.ShouldAllBe(r => r.DataScopes.Contains(gap.Scope));
        resources.ItemCount.ShouldBe(6 + 4);
        facts.CloudResources.Count(r => r.Scope == SubscriptionId(1)).ShouldBe(6);
    }

    private static object Comparable(Engine.Facts.Cloud.AzureSubscription s) => s with
    {
        AllowedLocations = null,
        PrivilegedRoleHolders = null,
    };
}
