using ComplianceEngine.Fakes.Azure;
using static ComplianceEngine.Collectors.Tests.Azure.ArmScenario;

namespace ComplianceEngine.Collectors.Tests.Azure;

public sealed class AzureSubscriptionFactTests
{
    [Fact]
    public async Task Sees_an_enforced_allowed_locations_policy_also_when_inherited_from_a_management_group()
    {
        var data = Tenant(subscriptions: 4);
        data.Find(SubscriptionId(1))!.AssignPolicy("allowed-locations", AllowedLocations, RootManagementGroup, ["Japan East", "japanwest"]);
        data.Find(SubscriptionId(2))!.AssignPolicy("allowed-rg-locations",
            "/providers/Microsoft.Authorization/policyDefinitions/e765b5de-1225-4ba3-bd56-1ac6695af988");
        data.Find(SubscriptionId(3))!.AssignPolicy("audit-only", AllowedLocations, enforcementMode: "DoNotEnforce");
        data.Find(SubscriptionId(3))!.AssignPolicy("require-tags",
            "/providers/Microsoft.Authorization/policyDefinitions/871b6d14-10aa-478d-b590-94f262ecfa99");
        data.Find(SubscriptionId(4))!.AssignPolicy("allowed-locations", AllowedLocations, RootManagementGroup,
            notScopes: [$"/subscriptions/{SubscriptionId(4)}"]);
        await using var harness = await ArmHarness.StartAsync(data);

        var (status, facts) = await harness.CollectAsync();

        var byId = facts.AzureSubscriptions.ToDictionary(s => s.SubscriptionId);
        byId[SubscriptionId(1)].ShouldSatisfyAllConditions(
            s => s.AllowedLocationsPolicyAssigned.ShouldBe(true),
            s => s.AllowedLocationsPolicyScope.ShouldBe(RootManagementGroup),
            s => s.AllowedLocations.ShouldBe(["japaneast", "japanwest"]));
        byId[SubscriptionId(2)].AllowedLocationsPolicyAssigned.ShouldBe(true);
        byId[SubscriptionId(2)].AllowedLocationsPolicyScope.ShouldBe($"/subscriptions/{SubscriptionId(2)}");
        byId[SubscriptionId(3)].AllowedLocationsPolicyAssigned.ShouldBe(false);
        byId[SubscriptionId(3)].AllowedLocationsPolicyScope.ShouldBeNull();
        byId[SubscriptionId(4)].AllowedLocationsPolicyAssigned.ShouldBe(false);
        status.Datasets.Single(d => d.Name == "azure.policyAssignments").ItemCount.ShouldBe(5);
    }

    [Fact]
    public async Task An_unexpired_exemption_takes_the_subscription_out_of_the_allowed_locations_policy()
    {
        var data = Tenant(subscriptions: 2);
        foreach (var subscription in data.Subscriptions)
        {
            var assignment = subscription.AssignPolicy("allowed-locations", AllowedLocations, RootManagementGroup, ["japaneast"]);
            var expiry = subscription.Id == SubscriptionId(1) ? DateTimeOffset.UtcNow.AddDays(30) : DateTimeOffset.UtcNow.AddDays(-1);
            subscription.Exempt(assignment, expiry);
        }
        await using var harness = await ArmHarness.StartAsync(data);

        var (_, facts) = await harness.CollectAsync();

        facts.AzureSubscriptions.Select(s => (s.SubscriptionId, s.AllowedLocationsPolicyAssigned)).ShouldBe(
            [(SubscriptionId(1), false), (SubscriptionId(2), true)]);
    }

    [Fact]
    public async Task Keeps_owner_user_access_administrator_and_contributor_holders_with_their_principal_type()
    {
        var data = new FakeArmData();
        var subscription = data.Add(new FakeSubscription(SubscriptionId(1), TenantId, "prod"));
        subscription.AssignRole(Owner, "00000000-0000-0000-0000-0000000000b1", "User", RootManagementGroup);
        subscription.AssignRole(UserAccessAdministrator, "00000000-0000-0000-0000-0000000000b2", "ServicePrincipal");
        subscription.AssignRole(Contributor, "00000000-0000-0000-0000-0000000000b3", "Group");
        subscription.AssignRole(Reader, "00000000-0000-0000-0000-0000000000b4");
        await using var harness = await ArmHarness.StartAsync(data);

        var (status, facts) = await harness.CollectAsync();

        var holders = facts.AzureSubscriptions.Single().PrivilegedRoleHolders!;
        holders.Select(h => (h.RoleName, h.PrincipalId, h.PrincipalType, h.IsGuest)).ShouldBe(
        [
            ("Contributor", "00000000-0000-0000-0000-0000000000b3", "Group", false),
            ("Owner", "00000000-0000-0000-0000-0000000000b1", "User", false),
            ("User Access Administrator", "00000000-0000-0000-0000-0000000000b2", "ServicePrincipal", false),
        ]);
        holders.Single(h => h.RoleName == "Owner").Scope.ShouldBe(RootManagementGroup);
        status.Datasets.Single(d => d.Name == "azure.roleAssignments").ItemCount.ShouldBe(4);
    }

    [Fact]
    public async Task Asks_for_tokens_for_the_configured_arm_audience()
    {
        await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 1));
        var credential = new StaticTokenCredential(ArmHarness.Token);

        await harness.CollectAsync(o => o with { Audience = "https://management.core.usgovcloudapi.net/" }, credential);

        credential.Scopes.Distinct().ShouldBe(["https://management.core.usgovcloudapi.net//.default"]);
    }
}
