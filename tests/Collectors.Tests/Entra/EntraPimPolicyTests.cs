using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;
using static ComplianceEngine.Collectors.Tests.Entra.EntraTestTenant;

namespace ComplianceEngine.Collectors.Tests.Entra;

/// <summary>PIM role setting of Global Administrator (ENT-PRIV-05): rule Approval_EndUser_Assignment → setting.isApprovalRequired.</summary>
public sealed class EntraPimPolicyTests
{
    // users 3 + registrations 3 + group expansions 2 + one page each for the fifteen other endpoints
    // + PIM for Groups of the two role-holding groups (eligibility and member-activation policy each).
    private const int CallsOfACleanRun = 3 + 3 + 2 + 15 + 2 * 2;
    private const string Endpoint = GraphEndpoints.RoleManagementPolicyAssignments;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Whether_activating_global_admin_needs_approval_reaches_the_tenant_fact(bool required)
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Tenant.RolePolicies[EntraRoleIds.GlobalAdministrator] = new FakeRolePolicy(required);

        var (status, facts) = await harness.CollectAsync();

        facts.EntraTenants.Single().GlobalAdminActivationRequiresApproval.ShouldBe(required);
        status.Status.ShouldBe(CollectionState.Complete);
        status.GapIn(Datasets.EntraPim).ShouldBeNull();
        harness.Graph.Calls(Endpoint).ShouldBe(1);
        harness.Graph.TotalCalls.ShouldBe(CallsOfACleanRun);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_policy_without_the_approval_rule_leaves_the_setting_null_and_says_so_once(bool policyAssigned)
    {
        await using var harness = await EntraHarness.StartAsync();
        if (policyAssigned)
            harness.Graph.Tenant.RolePolicies[EntraRoleIds.GlobalAdministrator] = new FakeRolePolicy(ApprovalRequired: null);
        else
            harness.Graph.Tenant.RolePolicies.Remove(EntraRoleIds.GlobalAdministrator);

        var (status, facts) = await harness.CollectAsync();

        facts.EntraTenants.Single().GlobalAdminActivationRequiresApproval.ShouldBeNull();
        status.Datasets.Single(d => d.Name == Datasets.EntraPim).ItemCount.ShouldBe(policyAssigned ? 5 : 4); // schedules, eligibility, Security Administrator's policy and GA's if assigned
        harness.Logs.Count(l => l.Contains("Approval_EndUser_Assignment", StringComparison.Ordinal)).ShouldBe(1);
        harness.Graph.TotalCalls.ShouldBe(CallsOfACleanRun);
    }

    [Theory]
    [InlineData(GraphFaultKind.Forbidden, "Authorization_RequestDenied")]
    [InlineData(GraphFaultKind.LicenceRequired, "AadPremiumLicenseRequired")]
    public async Task A_refused_policy_read_leaves_the_setting_null_and_pim_incomplete_with_the_reason(GraphFaultKind refusal, string code)
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(Endpoint, GraphFault.Always(refusal));

        var (status, facts) = await harness.CollectAsync();

        var tenant = facts.EntraTenants.Single();
        tenant.GlobalAdminActivationRequiresApproval.ShouldBeNull();
        tenant.PimAvailable.ShouldBe(true);
        var pim = status.Datasets.Single(d => d.Name == Datasets.EntraPim);
        pim.Status.ShouldBe(CollectionState.Partial);
        pim.ItemCount.ShouldBe(3);
        pim.Reason.ShouldNotBeNull().ShouldStartWith("403 Forbidden from roleManagementPolicyAssignments");
        pim.Reason.ShouldContain(code);
        pim.Reason.ShouldContain("RoleManagementPolicy.Read.Directory");
        pim.Reason.ShouldContain("P2");
        status.Status.ShouldBe(CollectionState.Partial);
        status.Reason.ShouldNotBeNull().ShouldContain(Datasets.EntraPim);
        // The same read carries the highly privileged roles' alert rules: their dataset is failed too, nothing else.
        status.Datasets.Where(d => d.Status != CollectionState.Complete).Select(d => d.Name).ShouldBe([Datasets.EntraPim, Datasets.EntraPimPolicies]);
        facts.EntraTenants.Single().PimNotifications.ShouldBeNull();
        facts.EntraUsers.Single(u => u.Id == Bob).Roles.ShouldContain(r => r.IsEligible);
        // Matched on the status text: a bare "403" also matches a duration of 403 ms in another endpoint's log line.
        harness.Logs.Count(l => l.Contains("403 Forbidden", StringComparison.Ordinal)).ShouldBe(1);
        harness.Graph.Calls(Endpoint).ShouldBe(1);
        harness.Graph.TotalCalls.ShouldBe(CallsOfACleanRun);
    }

    [Fact]
    public async Task A_throttled_policy_read_is_retried_and_the_setting_still_arrives()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(Endpoint, new GraphFault(GraphFaultKind.Throttled) { RetryAfterSeconds = 0 });

        var (status, facts) = await harness.CollectAsync();

        facts.EntraTenants.Single().GlobalAdminActivationRequiresApproval.ShouldBe(true);
        status.Status.ShouldBe(CollectionState.Complete);
        harness.Graph.Calls(Endpoint).ShouldBe(2);
        harness.Graph.TotalCalls.ShouldBe(CallsOfACleanRun + 1);
    }
}
