using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;
using static ComplianceEngine.Collectors.Tests.Entra.EntraTestTenant;

namespace ComplianceEngine.Collectors.Tests.Entra;

/// <summary>
/// What issue 12 needs from conditional access: authentication strengths (their own dataset), combinations in wire
/// form, guest and external-user exclusions, and the people behind excluded users and groups.
/// </summary>
public sealed class EntraConditionalAccessTests
{
    [Fact]
    public async Task Strengths_are_read_built_in_and_custom_with_combinations_in_wire_form()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Tenant.AuthenticationStrengths.Add(new FakeStrength("custom-1", "Password or SMS", "custom", ["password", "sms", "password,microsoftAuthenticatorPush"]));

        var (status, facts) = await harness.CollectAsync();

        var strengths = facts.EntraTenants.Single().AuthenticationStrengths.ShouldNotBeNull();
        strengths.Select(s => s.Id).ShouldBe(["00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-000000000003", "00000000-0000-0000-0000-000000000004", "custom-1"]);
        var custom = strengths.Single(s => s.Id == "custom-1");
        custom.PolicyType.ShouldBe("custom");
        custom.AllowedCombinations.ShouldBe(["password", "sms", "password,microsoftAuthenticatorPush"]);
        status.Datasets.Single(d => d.Name == Datasets.EntraAuthenticationStrengths).ItemCount.ShouldBe(4);
    }

    [Fact]
    public async Task Strengths_are_read_to_the_last_page()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.PageSizes[GraphEndpoints.AuthenticationStrengthPolicies] = 2;
        for (var i = 0; i < 3; i++)
            harness.Graph.Tenant.AuthenticationStrengths.Add(new FakeStrength($"custom-{i}", $"Custom {i}", "custom", ["fido2"]));

        var (status, facts) = await harness.CollectAsync();

        facts.EntraTenants.Single().AuthenticationStrengths!.Count.ShouldBe(6);
        harness.Graph.Calls(GraphEndpoints.AuthenticationStrengthPolicies).ShouldBe(3);
        status.Status.ShouldBe(CollectionState.Complete);
    }

    [Fact]
    public async Task A_refused_strengths_read_is_a_gap_of_that_dataset_only()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.AuthenticationStrengthPolicies, GraphFault.Always(GraphFaultKind.Forbidden));

        var (status, facts) = await harness.CollectAsync();

        var gap = status.Datasets.Single(d => d.Name == Datasets.EntraAuthenticationStrengths);
        gap.Status.ShouldBe(CollectionState.Failed);
        gap.Reason!.ShouldContain("403 Forbidden");
        gap.Reason!.ShouldContain("Policy.Read.All");
        status.Datasets.Where(d => d.Name != Datasets.EntraAuthenticationStrengths).ShouldAllBe(d => d.Status == CollectionState.Complete);
        facts.EntraTenants.Single().AuthenticationStrengths.ShouldBeNull();
        facts.EntraTenants.Single().ConditionalAccessPolicies.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_multi_method_combination_in_a_policy_arrives_in_wire_form_not_as_the_sdk_flags_text()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Tenant.ConditionalAccessPolicies.Add(new FakeCaPolicy("ca-9", "Custom strength")
        {
            BuiltInControls = [], AuthenticationStrength = "Password and push", AuthenticationStrengthId = "custom-2",
            AllowedCombinations = ["password,microsoftAuthenticatorPush", "sms"],
        });

        var policy = (await harness.CollectAsync()).Facts.EntraTenants.Single().ConditionalAccessPolicies!.Single(p => p.Id == "ca-9");

        policy.AuthenticationStrengthId.ShouldBe("custom-2");
        policy.AuthenticationStrengthCombinations.ShouldBe(["password,microsoftAuthenticatorPush", "sms"]);
    }

    [Fact]
    public async Task Guest_exclusions_user_actions_and_transfer_methods_are_collected()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Tenant.ConditionalAccessPolicies.Add(new FakeCaPolicy("ca-8", "Block device code")
        {
            BuiltInControls = ["block"], ExcludeGuestOrExternalUserTypes = "internalGuest,b2bCollaborationGuest",
            TransferMethods = "deviceCodeFlow,authenticationTransfer", ExcludeRoles = [Engine.Configuration.EntraRoleIds.GlobalAdministrator], IncludeUserActions = ["urn:user:registersecurityinfo"],
        });

        var policy = (await harness.CollectAsync()).Facts.EntraTenants.Single().ConditionalAccessPolicies!.Single(p => p.Id == "ca-8");

        policy.ExcludeGuestOrExternalUserTypes.ShouldBe(["internalGuest", "b2bCollaborationGuest"]);
        policy.AuthenticationFlowTransferMethods.ShouldBe(["deviceCodeFlow", "authenticationTransfer"]);
        policy.ExcludeRoles.ShouldBe([Engine.Configuration.EntraRoleIds.GlobalAdministrator]);
        policy.IncludeUserActions.ShouldBe(["urn:user:registersecurityinfo"]);
    }

    [Fact]
    public async Task Excluded_users_get_their_upn_and_excluded_groups_their_transitive_members()
    {
        await using var harness = await EntraHarness.StartAsync();
        var group = new FakeGroup("70000000-0000-4000-8000-000000000007", "Break-glass");
        group.MemberIds.Add(Bob);
        harness.Graph.Tenant.Groups[group.Id] = group;
        harness.Graph.Tenant.ConditionalAccessPolicies.Add(new FakeCaPolicy("ca-7", "MFA with exclusions") { ExcludeUsers = [Alice], ExcludeGroups = [group.Id] });

        var (status, facts) = await harness.CollectAsync();

        var policy = facts.EntraTenants.Single().ConditionalAccessPolicies!.Single(p => p.Id == "ca-7");
        policy.ExcludeUserPrincipalNames[Alice].ShouldBe("alice@contoso.example");
        policy.ExcludeGroupMembers[group.Id].ShouldBe([Bob]);
        policy.ExcludeUserPrincipalNames[Bob].ShouldBe("bob@contoso.example");
        status.Datasets.Single(d => d.Name == Datasets.EntraConditionalAccess).Status.ShouldBe(CollectionState.Complete);
    }

    [Fact]
    public async Task Users_not_read_leave_excluded_users_unnamed_and_the_conditional_access_dataset_partial()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Tenant.ConditionalAccessPolicies.Add(new FakeCaPolicy("ca-5", "MFA excluding Alice") { ExcludeUsers = [Alice] });
        harness.Graph.Inject(GraphEndpoints.Users, GraphFault.Always(GraphFaultKind.Forbidden));

        var (status, facts) = await harness.CollectAsync();

        var ca = status.Datasets.Single(d => d.Name == Datasets.EntraConditionalAccess);
        ca.Status.ShouldBe(CollectionState.Partial);
        ca.Reason!.ShouldContain("user principal names of excluded users unknown");
        facts.EntraTenants.Single().ConditionalAccessPolicies!.Single(p => p.Id == "ca-5").ExcludeUserPrincipalNames.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_excluded_group_whose_members_cannot_be_read_leaves_the_conditional_access_dataset_partial_with_the_reason()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Tenant.ConditionalAccessPolicies.Add(new FakeCaPolicy("ca-6", "MFA excluding a missing group") { ExcludeGroups = ["60000000-0000-4000-8000-000000000404"] });

        var (status, facts) = await harness.CollectAsync();

        var ca = status.Datasets.Single(d => d.Name == Datasets.EntraConditionalAccess);
        ca.Status.ShouldBe(CollectionState.Partial);
        ca.Reason!.ShouldContain("members of an excluded group unknown");
        facts.EntraTenants.Single().ConditionalAccessPolicies!.Single(p => p.Id == "ca-6").ExcludeGroupMembers.ShouldBeEmpty();
        status.Datasets.Single(d => d.Name == Datasets.EntraDirectoryRoles).Status.ShouldBe(CollectionState.Complete);
    }
}

/// <summary>Licences (subscribedSkus): whether the tenant has Microsoft Entra ID P2, for the risk-based rules.</summary>
public sealed class EntraLicenceTests
{
    [Theory]
    [InlineData("Enabled", new[] { "AAD_PREMIUM", "AAD_PREMIUM_P2" }, true)]
    [InlineData("Warning", new[] { "AAD_PREMIUM_P2" }, true)]
    [InlineData("Suspended", new[] { "AAD_PREMIUM_P2" }, false)]
    [InlineData("Enabled", new[] { "AAD_PREMIUM" }, false)]
    public async Task Entra_id_p2_is_read_from_the_service_plans_of_active_subscriptions(string status, string[] plans, bool p2)
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Tenant.Skus.Clear();
        harness.Graph.Tenant.Skus.Add(new FakeSku("SKU", status, plans));

        var (status_, facts) = await harness.CollectAsync();

        facts.EntraTenants.Single().EntraIdP2Licensed.ShouldBe(p2);
        status_.Datasets.Single(d => d.Name == Datasets.EntraSubscribedSkus).ItemCount.ShouldBe(1);
    }

    [Fact]
    public async Task Licences_are_read_to_the_last_page()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.PageSizes[GraphEndpoints.SubscribedSkus] = 1;
        harness.Graph.Tenant.Skus.Insert(0, new FakeSku("O365_BUSINESS", "Enabled", ["EXCHANGE_S_STANDARD"]));

        var facts = (await harness.CollectAsync()).Facts;

        facts.EntraTenants.Single().EntraIdP2Licensed.ShouldBe(true);
        harness.Graph.Calls(GraphEndpoints.SubscribedSkus).ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_licence_read_is_a_gap_of_that_dataset_only_and_p2_unknown()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.SubscribedSkus, GraphFault.Always(GraphFaultKind.Forbidden));

        var (status, facts) = await harness.CollectAsync();

        facts.EntraTenants.Single().EntraIdP2Licensed.ShouldBeNull();
        var gap = status.Datasets.Single(d => d.Name == Datasets.EntraSubscribedSkus);
        gap.Status.ShouldBe(CollectionState.Failed);
        gap.Reason!.ShouldContain("Organization.Read.All");
        status.Datasets.Where(d => d.Name != Datasets.EntraSubscribedSkus).ShouldAllBe(d => d.Status == CollectionState.Complete);
    }
}
