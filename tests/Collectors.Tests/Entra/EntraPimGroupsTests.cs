using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;
using static ComplianceEngine.Collectors.Tests.Entra.EntraTestTenant;

namespace ComplianceEngine.Collectors.Tests.Entra;

/// <summary>
/// PIM for Groups: people eligible for membership of a group that holds Global Administrator are eligible holders of
/// the role, and the group's member-activation approval reaches the tenant fact. Part of <c>entra.pim</c>.
/// </summary>
public sealed class EntraPimGroupsTests
{

    [Fact]
    public async Task Members_eligible_through_pim_for_groups_hold_the_groups_roles_as_eligible()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Tenant.GroupEligibilitySchedules.Add(new FakeGroupEligibility("ge-1", AdminGroup, Dave) { End = "2027-02-01T00:00:00Z" });
        harness.Graph.Tenant.GroupEligibilitySchedules.Add(new FakeGroupEligibility("ge-2", AdminGroup, Bob, AccessId: "owner"));
        harness.Graph.Tenant.GroupPolicies[AdminGroup] = new FakeRolePolicy(ApprovalRequired: false);

        var (status, facts) = await harness.CollectAsync();

        var dave = facts.EntraUsers.Single(u => u.Id == Dave);
        var viaPim = dave.Roles.Single(r => r.ViaGroupId == AdminGroup);
        viaPim.RoleTemplateId.ShouldBe(EntraRoleIds.GlobalAdministrator);
        viaPim.IsEligible.ShouldBeTrue();
        viaPim.ManagedByPim.ShouldBe(true);
        viaPim.EndDateTime.ShouldBe(DateTimeOffset.Parse("2027-02-01T00:00:00Z"));
        facts.EntraUsers.Single(u => u.Id == Bob).Roles.ShouldNotContain(r => r.ViaGroupId == AdminGroup && r.IsEligible);
        var group = facts.EntraTenants.Single().PimGroups.ShouldNotBeNull().Single(g => g.GroupId == AdminGroup);
        group.EligibleMembers.ShouldBe(1);
        group.ActivationRequiresApproval.ShouldBe(false);
        group.RoleTemplateIds.ShouldBe([EntraRoleIds.GlobalAdministrator]);
        status.GapIn(Datasets.EntraPim).ShouldBeNull();
    }

    [Fact]
    public async Task Eligibility_schedules_are_read_per_group_to_the_last_page_with_the_group_filter()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.PageSizes[GraphEndpoints.GroupEligibilitySchedules] = 1;
        foreach (var (id, user) in new[] { ("ge-1", Dave), ("ge-2", Carol), ("ge-3", Bob) })
            harness.Graph.Tenant.GroupEligibilitySchedules.Add(new FakeGroupEligibility(id, AdminGroup, user));

        var facts = (await harness.CollectAsync()).Facts;

        facts.EntraTenants.Single().PimGroups!.Single(g => g.GroupId == AdminGroup).EligibleMembers.ShouldBe(3);
        // three pages for the admin group, one (empty) for the second group
        harness.Graph.Calls(GraphEndpoints.GroupEligibilitySchedules).ShouldBe(3 + 1);
        harness.Graph.Server.Requests.ShouldContain(r => Uri.UnescapeDataString(r.PathAndQuery).Contains($"$filter=groupId eq '{AdminGroup}'"));
    }

    [Fact]
    public async Task A_refused_pim_for_groups_read_leaves_pim_incomplete_and_the_other_datasets_complete()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.GroupEligibilitySchedules, GraphFault.Always(GraphFaultKind.Forbidden));

        var (status, facts) = await harness.CollectAsync();

        var pim = status.Datasets.Single(d => d.Name == Datasets.EntraPim);
        pim.Status.ShouldBe(CollectionState.Partial);
        pim.Reason!.ShouldContain("PIM for Groups");
        pim.Reason!.ShouldContain("PrivilegedEligibilitySchedule.Read.AzureADGroup");
        facts.EntraTenants.Single().PimGroups.ShouldBeNull();
        status.Datasets.Where(d => d.Name != Datasets.EntraPim).ShouldAllBe(d => d.Status == CollectionState.Complete);
    }

    [Fact]
    public async Task Without_pim_groups_are_not_asked()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.RoleEligibilitySchedules, GraphFault.Always(GraphFaultKind.LicenceRequired));

        await harness.CollectAsync();

        harness.Graph.Calls(GraphEndpoints.GroupEligibilitySchedules).ShouldBe(0);
    }
}
