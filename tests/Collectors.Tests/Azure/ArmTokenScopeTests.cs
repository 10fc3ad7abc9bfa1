using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Azure;
using static ComplianceEngine.Collectors.Tests.Azure.ArmScenario;

namespace ComplianceEngine.Collectors.Tests.Azure;

/// <summary>Every ARM listing, typed or not: a nextLink to another host stops the listing and never carries the token.</summary>
public sealed class ArmTokenScopeTests
{
    public static TheoryData<string, string> Listings => new()
    {
        { "/subscriptions?", Datasets.AzureSubscriptions },
        { "/resources?", Datasets.AzureResources },
        { "/resourcegroups?", Datasets.AzureResources },
        { "/policyassignments?", Datasets.AzurePolicyAssignments },
        { "/policyexemptions?", Datasets.AzurePolicyAssignments },
        { "/roleassignments?", Datasets.AzureRoleAssignments },
    };

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task A_nextLink_to_another_host_is_never_followed_and_the_listing_is_not_complete(string listing, string dataset)
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 1));
        harness.Arm.Inject(listing, FakeArmFaultKind.AliasNextLink, times: 1);

        var (status, _) = await harness.CollectAsync();

        harness.Arm.Server.Requests.ShouldNotContain(r => r.Headers["Host"].StartsWith("localhost", StringComparison.OrdinalIgnoreCase));
        var read = status.Datasets.SingleOrDefault(d => d.Name == dataset);
        (read is null || read.Status != CollectionState.Complete).ShouldBeTrue($"{dataset} must not be complete");
        (status.Reason + string.Join(" ", status.Datasets.SelectMany(d => d.Gaps ?? []).Select(g => g.Reason)) + string.Join(" ", status.Datasets.Select(d => d.Reason)))
            .ShouldContain("outside the ARM endpoint (localhost)");
    }
}

/// <summary>#13.2 at the source: an error body that echoes the Authorization header leaves no token in a reason or a log.</summary>
public sealed class ArmEchoedTokenTests
{
    [Theory]
    [InlineData("/subscriptions?")]
    [InlineData("/resources?")]
    [InlineData("/policyassignments?")]
    [InlineData("/roleassignments?")]
    public async Task An_echoed_bearer_token_is_redacted_from_every_reason_and_log(string listing)
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 1));
        harness.Arm.Inject(listing, FakeArmFaultKind.EchoAuthorization);

        var collection = await harness.CollectAsync();

        var snapshot = SnapshotAssembler.Combine([collection], "contoso", DateTimeOffset.UnixEpoch);
        var json = System.Text.Encoding.UTF8.GetString(SnapshotSerializer.ToUtf8Bytes(snapshot));
        json.ShouldContain("Denied by proxy");
        json.ShouldNotContain("test-arm-token");
        harness.Logs.AllText.ShouldNotContain("test-arm-token");
        (collection.Status.Reason ?? "").ShouldNotContain("test-arm-token");
    }
}
