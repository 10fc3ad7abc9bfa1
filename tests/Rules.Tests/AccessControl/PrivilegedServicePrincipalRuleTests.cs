using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class PrivilegedServicePrincipalRuleTests
{
    private static readonly ServicePrincipalRoleHolder MigrationTool = new()
    {
        Id = "sp-1", DisplayName = "Migration tool", AppId = "app-1", ServicePrincipalType = "Application", RoleTemplateIds = [EntraRoleIds.GlobalAdministrator],
    };

    private static readonly ServicePrincipalRoleHolder Reader = new()
    {
        Id = "sp-2", DisplayName = "Reporting", AppId = "app-2", ServicePrincipalType = "ManagedIdentity", RoleTemplateIds = ["88d8e3e3-8f55-4a1e-953a-9b9898b8876b"],
    };

    [Fact]
    public void A_service_principal_with_a_privileged_role_fails_and_is_named()
    {
        var tenant = Some.Tenant() with { ServicePrincipalRoles = [MigrationTool, Reader] };

        var finding = RuleVerifier.Verify(new PrivilegedServicePrincipalRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId)).Findings.Single();

        finding.Message.ShouldBe("Contoso: 1 service principal(s) or managed identities hold highly privileged roles: Migration tool (Application sp-1: Global Administrator).");
        finding.Remediation!.ShouldContain("Get-MgRoleManagementDirectoryRoleAssignment -Filter 'principalId eq ''sp-1'''");
    }

    [Fact]
    public void Non_privileged_roles_and_approved_service_principals_pass()
    {
        var tenant = Some.Tenant() with { ServicePrincipalRoles = [MigrationTool, Reader] };
        var approved = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["ENT-PRIV-09"] = new Dictionary<string, object> { ["allowedPrivilegedServicePrincipals"] = new List<string> { "app-1" } },
            },
        };

        RuleVerifier.Verify(new PrivilegedServicePrincipalRule(), SomeSnapshot.With(Some.Tenant() with { ServicePrincipalRoles = [Reader] }), Pass(Some.TenantId));
        RuleVerifier.Verify(new PrivilegedServicePrincipalRule(), SomeSnapshot.With(tenant), approved, Pass(Some.TenantId));
    }

    [Fact]
    public void Service_principals_are_not_people_in_the_global_admin_count()
    {
        var admins = new[] { Some.User("a@contoso.example"), Some.User("b@contoso.example") }
            .Select(u => u with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] }).ToArray();
        var tenant = Some.Tenant() with { ServicePrincipalRoles = [MigrationTool, MigrationTool with { Id = "sp-3" }, MigrationTool with { Id = "sp-4" }] };

        var pass = RuleVerifier.Verify(new GlobalAdminCountRule(), SomeSnapshot.With([tenant, .. admins]), Pass(Some.TenantId)).Passes.Single();

        pass.Observed["globalAdminCount"].ShouldBe(2);
    }

    [Fact]
    public void Roles_not_read_are_an_error()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraDirectoryRoles, "403 Forbidden: RoleManagement.Read.Directory");

        RuleVerifier.Verify(new PrivilegedServicePrincipalRule(), SomeSnapshot.With(Some.Tenant() with { ServicePrincipalRoles = null }), Error(Some.TenantId, "not reported"));
        RuleVerifier.Verify(new PrivilegedServicePrincipalRule(), SomeSnapshot.With(sources, Some.Tenant() with { ServicePrincipalRoles = [] }), Error(Some.EntraSource, "403 Forbidden"));
    }
}
