using System.Diagnostics;
using System.Text;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Azure;
using static ComplianceEngine.Collectors.Tests.Azure.ArmScenario;

namespace ComplianceEngine.Collectors.Tests.Azure;

public sealed class AzureFaultTests
{
    [Fact]
    public async Task Waits_for_Retry_After_when_throttled_then_collects_everything()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 2));
        harness.Arm.Inject($"/subscriptions/{SubscriptionId(1)}/resources?", FakeArmFaultKind.Throttled, times: 1, retryAfterSeconds: 1);
        var watch = Stopwatch.StartNew();

        var (status, facts) = await harness.CollectAsync();

        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        status.Status.ShouldBe(CollectionState.Complete);
        facts.CloudResources.Count.ShouldBe(12);
        harness.Arm.Calls($"/subscriptions/{SubscriptionId(1)}/resources?").ShouldBe(2);
    }

    [Fact]
    public async Task Retries_server_errors_of_sdk_and_pipeline_calls_up_to_the_limit_then_names_the_subscription()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 2));
        harness.Arm.Inject($"/subscriptions/{SubscriptionId(1)}/resourcegroups?", FakeArmFaultKind.ServerError, times: 2);
        harness.Arm.Inject($"/subscriptions/{SubscriptionId(2)}/resourcegroups?", FakeArmFaultKind.ServerError);
        harness.Arm.Inject("/subscriptions?", FakeArmFaultKind.ServerError, times: 1);
        harness.Arm.Inject($"/subscriptions/{SubscriptionId(1)}/providers/microsoft.authorization/policyassignments?", FakeArmFaultKind.ServerError, times: 1);

        var (status, facts) = await harness.CollectAsync();

        harness.Arm.Calls("/subscriptions?").ShouldBe(2);
        harness.Arm.Calls($"/subscriptions/{SubscriptionId(1)}/providers/Microsoft.Authorization/policyAssignments?").ShouldBe(2);
        status.Datasets.Single(d => d.Name == Datasets.AzurePolicyAssignments).Status.ShouldBe(CollectionState.Complete);
        harness.Arm.Calls($"/subscriptions/{SubscriptionId(1)}/resourcegroups?").ShouldBe(3);
        harness.Arm.Calls($"/subscriptions/{SubscriptionId(2)}/resourcegroups?").ShouldBe(4);
        // Subscription 2's resources were read, its resource groups were not: the resources stay, under the gap.
        facts.CloudResources.Count(r => r.Scope == SubscriptionId(1)).ShouldBe(6);
        facts.CloudResources.Where(r => r.Scope == SubscriptionId(2)).ShouldAllBe(r => r.Kind != "Microsoft.Resources/resourceGroups");
        facts.CloudResources.Count(r => r.Scope == SubscriptionId(2)).ShouldBe(4);
        var resources = status.Datasets.Single(d => d.Name == Datasets.AzureResources);
        resources.Status.ShouldBe(CollectionState.Partial);
        resources.Reason.ShouldBe($"1 of 2 subscriptions not fully read ({SubscriptionId(2)})");
        resources.Gaps.ShouldBe([new ScopeGap
        {
            Scope = DataScope.Subscription(SubscriptionId(2)),
            Status = CollectionState.Partial,
            Reason = "resource groups: 503 ServiceUnavailable (ServiceUnavailable): The service is temporarily unavailable.",
        }]);
    }

    [Fact]
    public async Task A_forbidden_subscription_makes_the_source_partial_and_its_data_missing()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 3));
        var forbidden = SubscriptionId(2);
        harness.Arm.Inject($"/subscriptions/{forbidden}/", FakeArmFaultKind.Forbidden);

        var (status, facts) = await harness.CollectAsync();

        status.Status.ShouldBe(CollectionState.Partial);
        status.Reason.ShouldBe($"1 of 3 subscriptions not fully collected ({forbidden}); see the dataset statuses for what is missing and why");
        status.Datasets.Single(d => d.Name == Datasets.AzureSubscriptions).Status.ShouldBe(CollectionState.Complete);
        foreach (var name in new[] { Datasets.AzureResources, Datasets.AzurePolicyAssignments, Datasets.AzureRoleAssignments })
        {
            var dataset = status.Datasets.Single(d => d.Name == name);
            dataset.Status.ShouldBe(CollectionState.Partial);
            dataset.Reason.ShouldBe($"1 of 3 subscriptions not fully read ({forbidden})");
            var gap = dataset.Gaps.ShouldHaveSingleItem();
            gap.Scope.ShouldBe(DataScope.Subscription(forbidden));
            gap.Status.ShouldBe(CollectionState.Failed);
            gap.Reason!.ShouldContain("403 Forbidden (AuthorizationFailed)");
            status.GapsIn(name).ShouldHaveSingleItem().IsWhole.ShouldBeFalse();
        }
        facts.CloudResources.ShouldNotContain(r => r.Scope == forbidden);
        facts.CloudResources.Count.ShouldBe(12);
        var unknown = facts.AzureSubscriptions.Single(s => s.SubscriptionId == forbidden);
        unknown.AllowedLocationsPolicyAssigned.ShouldBeNull();
        unknown.PrivilegedRoleHolders.ShouldBeNull();
        harness.Arm.Calls($"/subscriptions/{forbidden}/").ShouldBe(5);
        harness.Logs.Events.Count(e => e.Level == Serilog.Events.LogEventLevel.Warning).ShouldBe(3);
    }

    [Fact]
    public async Task A_truncated_body_is_reported_as_unreadable_not_as_an_empty_list()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 1));
        harness.Arm.Inject("/roleassignments?", FakeArmFaultKind.TruncatedBody);
        harness.Arm.Inject("/policyassignments?", FakeArmFaultKind.TruncatedBody);

        var (status, facts) = await harness.CollectAsync();

        status.Status.ShouldBe(CollectionState.Partial);
        foreach (var name in new[] { Datasets.AzurePolicyAssignments, Datasets.AzureRoleAssignments })
        {
            var dataset = status.Datasets.Single(d => d.Name == name);
            dataset.Status.ShouldBe(CollectionState.Failed);
            dataset.Gaps.ShouldHaveSingleItem().Reason!.ShouldContain("unreadable response");
        }
        facts.AzureSubscriptions.Single().PrivilegedRoleHolders.ShouldBeNull();
        facts.AzureSubscriptions.Single().AllowedLocationsPolicyAssigned.ShouldBeNull();
    }

    [Fact]
    public async Task Fails_the_source_when_the_subscriptions_cannot_be_listed()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 2));
        harness.Arm.Inject("/subscriptions?", FakeArmFaultKind.Forbidden);

        var (status, facts) = await harness.CollectAsync();

        status.Status.ShouldBe(CollectionState.Failed);
        status.Reason!.ShouldStartWith("cannot list subscriptions: 403 Forbidden (AuthorizationFailed)");
        status.Datasets.ShouldAllBe(d => d.Status == CollectionState.Failed);
        facts.Count.ShouldBe(0);
        harness.Arm.Server.Requests.Count.ShouldBe(1);
        harness.Logs.Events.Count(e => e.Level == Serilog.Events.LogEventLevel.Warning).ShouldBe(1);
    }

    [Fact]
    public async Task Fails_the_source_when_the_credential_sees_no_subscription_of_the_tenant()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 2));

        var (status, _) = await harness.CollectAsync(o => o with { TenantId = "11111111-2222-3333-4444-555555555555" });

        status.Status.ShouldBe(CollectionState.Failed);
        status.Reason!.ShouldContain("sees no subscriptions in tenant 11111111-2222-3333-4444-555555555555");
    }

    [Fact]
    public async Task A_listing_that_times_out_is_a_failure_of_its_dataset_not_of_the_collection()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 1));
        harness.Arm.Inject("/roleassignments?", FakeArmFaultKind.Hang);

        var (status, facts) = await harness.CollectAsync(o => o with { NetworkTimeout = TimeSpan.FromSeconds(1), MaxRetries = 1 });

        var roles = status.Datasets.Single(d => d.Name == Datasets.AzureRoleAssignments);
        roles.Status.ShouldBe(CollectionState.Failed);
        roles.Gaps.ShouldHaveSingleItem().Reason!.ShouldContain("timed out waiting for ARM (after 2 tries)");
        // A retry that times out while its new connection is still being set up (a loaded machine) never reaches the
        // fake, so the fake may see one request or two; the collector's own count of tries is the exact one.
        harness.Arm.Calls("/roleassignments?").ShouldBeInRange(1, 2);
        status.Datasets.Single(d => d.Name == Datasets.AzureResources).Status.ShouldBe(CollectionState.Complete);
        facts.CloudResources.Count.ShouldBe(6);
    }

    [Fact]
    public async Task Stops_paging_rather_than_follow_a_nextLink_to_another_host()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 1));
        harness.Arm.Inject("/roleassignments?", FakeArmFaultKind.ForeignNextLink);

        var (status, facts) = await harness.CollectAsync();

        var roles = status.Datasets.Single(d => d.Name == Datasets.AzureRoleAssignments);
        roles.Status.ShouldBe(CollectionState.Failed);
        roles.Gaps.ShouldHaveSingleItem().Reason!.ShouldContain("nextLink points outside the ARM endpoint (collector-test.invalid)");
        facts.AzureSubscriptions.Single().PrivilegedRoleHolders.ShouldBeNull();
    }

    [Fact]
    public async Task The_bearer_token_never_reaches_the_snapshot_the_status_or_the_logs()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 3));
        harness.Arm.Inject($"/subscriptions/{SubscriptionId(1)}/", FakeArmFaultKind.Forbidden);
        harness.Arm.Inject($"/subscriptions/{SubscriptionId(2)}/resources?", FakeArmFaultKind.TruncatedBody);
        harness.Arm.Inject($"/subscriptions/{SubscriptionId(3)}/resourcegroups?", FakeArmFaultKind.ServerError);

        var collection = await harness.CollectAsync();

        var snapshot = SnapshotAssembler.Combine([collection], "contoso", DateTimeOffset.UnixEpoch);
        var json = Encoding.UTF8.GetString(SnapshotSerializer.ToUtf8Bytes(snapshot));
        harness.Arm.Server.Requests.ShouldContain(r => r.Headers["Authorization"].Contains(ArmHarness.Token, StringComparison.Ordinal));
        json.ShouldNotContain(ArmHarness.Token);
        json.ShouldNotContain("test-arm-token");
        harness.Logs.AllText.ShouldNotContain("test-arm-token");
        harness.Logs.AllText.ShouldNotContain("Bearer");
        collection.Status.Reason!.ShouldNotContain("Bearer");
    }
}
