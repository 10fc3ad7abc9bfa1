using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class PrivilegedAssignmentOutsidePimRuleTests
{
    private static DirectoryRoleAssignment GlobalAdmin(bool? managedByPim) =>
        Some.Role(EntraRoleIds.GlobalAdministrator) with { ManagedByPim = managedByPim };

    [Fact]
    public void Assignment_through_pim_passes_and_outside_pim_fails()
    {
        var throughPim = Some.User() with { Roles = [GlobalAdmin(true)] };
        var outside = Some.User() with { Roles = [GlobalAdmin(false), Some.Role(EntraRoleIds.UserAdministrator)] };

        var finding = RuleVerifier.Verify(new PrivilegedAssignmentOutsidePimRule(), SomeSnapshot.With(throughPim, outside),
            Pass(throughPim.Id), Fail(outside.Id)).Findings.Single();

        finding.Observed["rolesOutsidePim"].ShouldBe(new[] { "Global Administrator" });
        finding.Remediation!.ShouldContain($"-Filter 'principalId eq ''{outside.Id}'' and roleDefinitionId eq ''{EntraRoleIds.GlobalAdministrator}'''");
    }

    [Fact]
    public void Group_assignment_outside_pim_points_the_fix_at_the_group()
    {
        var member = Some.User() with { Roles = [GlobalAdmin(false) with { ViaGroupId = "group-tier0" }] };

        var finding = RuleVerifier.Verify(new PrivilegedAssignmentOutsidePimRule(), SomeSnapshot.With(member), Fail(member.Id)).Findings.Single();

        finding.Remediation!.ShouldContain("-Filter 'principalId eq ''group-tier0''");
    }

    [Fact]
    public void Non_privileged_roles_made_outside_pim_are_out_of_scope()
    {
        var reader = Some.User() with { Roles = [Some.Role("88d8e3e3-8f55-4a1e-953a-9b9898b8876b") with { ManagedByPim = false }] };

        RuleVerifier.Verify(new PrivilegedAssignmentOutsidePimRule(), SomeSnapshot.With(reader), RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }

    [Fact]
    public void Eligible_roles_need_no_pim_flag_but_an_unknown_active_one_is_an_error()
    {
        var eligible = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator, "eligible") with { ManagedByPim = null }] };
        var unknown = Some.User() with { Roles = [GlobalAdmin(null)] };

        RuleVerifier.Verify(new PrivilegedAssignmentOutsidePimRule(), SomeSnapshot.With(eligible, unknown),
            Pass(eligible.Id), Error(unknown.Id, "made through PIM is unknown"));
    }

    [Fact]
    public void Without_pim_data_the_tenant_gets_one_error()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraPim, "PIM requires Entra ID P2");

        RuleVerifier.Verify(new PrivilegedAssignmentOutsidePimRule(), SomeSnapshot.With(sources, Some.User() with { Roles = [GlobalAdmin(true)] }),
            Error(Some.EntraSource, "Entra ID P2"));
    }
}
