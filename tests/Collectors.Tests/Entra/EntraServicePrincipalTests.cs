using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;
using static ComplianceEngine.Collectors.Tests.Entra.EntraTestTenant;

namespace ComplianceEngine.Collectors.Tests.Entra;

/// <summary>Service principals holding directory roles are kept on the tenant (ENT-PRIV-09), never filed as people.</summary>
public sealed class EntraServicePrincipalTests
{
    [Fact]
    public async Task A_service_principal_holding_global_admin_is_kept_on_the_tenant_and_not_filed_as_a_user()
    {
        await using var harness = await EntraHarness.StartAsync();

        var facts = (await harness.CollectAsync()).Facts;

        var holder = facts.EntraTenants.Single().ServicePrincipalRoles.ShouldNotBeNull().ShouldHaveSingleItem();
        holder.Id.ShouldBe(Automation);
        holder.DisplayName.ShouldBe("Automation app");
        holder.AppId.ShouldBe("11111111-2222-3333-4444-555555555555");
        holder.ServicePrincipalType.ShouldBe("Application");
        holder.RoleTemplateIds.ShouldBe([EntraRoleIds.GlobalAdministrator]);
        facts.EntraUsers.ShouldNotContain(u => u.Id == Automation);
    }

    [Fact]
    public async Task Role_assignments_read_across_pages_keep_every_service_principal()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.PageSizes[GraphEndpoints.RoleAssignments] = 2;
        harness.Graph.Tenant.ServicePrincipalIds.Add("5e1f0000-0000-4000-8000-0000000000b2");
        harness.Graph.Tenant.RoleAssignments.Add(new FakeRoleAssignment("ra-app-2", "5e1f0000-0000-4000-8000-0000000000b2", EntraRoleIds.GlobalAdministrator));

        var facts = (await harness.CollectAsync()).Facts;

        facts.EntraTenants.Single().ServicePrincipalRoles!.Select(s => s.Id).ShouldBe([Automation, "5e1f0000-0000-4000-8000-0000000000b2"]);
        harness.Graph.Calls(GraphEndpoints.RoleAssignments).ShouldBe(3);
    }

    [Fact]
    public async Task Role_assignments_refused_leave_the_service_principals_unknown()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.RoleAssignments, GraphFault.Always(GraphFaultKind.Forbidden));

        var (status, facts) = await harness.CollectAsync();

        facts.EntraTenants.Single().ServicePrincipalRoles.ShouldBeNull();
        status.Datasets.Single(d => d.Name == Datasets.EntraDirectoryRoles).Status.ShouldNotBe(CollectionState.Complete);
    }
}
