using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class GlobalAdminActivationWithoutApprovalRuleTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Activation_must_require_approval(bool requiresApproval, bool passes)
    {
        var tenant = Some.Tenant() with { GlobalAdminActivationRequiresApproval = requiresApproval };

        var evaluation = RuleVerifier.Verify(new GlobalAdminActivationWithoutApprovalRule(), SomeSnapshot.With(tenant),
            passes ? Pass(Some.TenantId) : Fail(Some.TenantId));

        evaluation.All.Single().Observed["activationRequiresApproval"].ShouldBe(requiresApproval);
        if (!passes)
            evaluation.Findings.Single().Remediation!.ShouldContain("Approval_EndUser_Assignment");
    }

    private static PimGroup Tier0(bool? approval, int eligible = 1) => new()
    {
        GroupId = "g-tier0", DisplayName = "Tier-0 admins", RoleTemplateIds = [EntraRoleIds.GlobalAdministrator],
        EligibleMembers = eligible, ActivationRequiresApproval = approval,
    };

    [Fact]
    public void Global_admin_reached_through_pim_for_groups_without_approval_fails_even_when_the_role_requires_it()
    {
        var tenant = Some.Tenant() with { GlobalAdminActivationRequiresApproval = true, PimGroups = [Tier0(approval: false)] };

        var finding = RuleVerifier.Verify(new GlobalAdminActivationWithoutApprovalRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId)).Findings.Single();

        finding.Message.ShouldBe("Contoso: Global Administrator can be activated in PIM without approval (PIM for Groups through group 'Tier-0 admins' (g-tier0)).");
        finding.Remediation!.ShouldContain("-Filter 'scopeId eq ''g-tier0'' and scopeType eq ''Group'' and roleDefinitionId eq ''member'''");
    }

    [Fact]
    public void Groups_requiring_approval_or_without_eligible_members_pass()
    {
        var tenant = Some.Tenant() with { GlobalAdminActivationRequiresApproval = true, PimGroups = [Tier0(approval: true), Tier0(approval: false, eligible: 0) with { GroupId = "g-2" }] };

        RuleVerifier.Verify(new GlobalAdminActivationWithoutApprovalRule(), SomeSnapshot.With(tenant), Pass(Some.TenantId));
    }

    [Fact]
    public void Pim_for_groups_not_reported_or_a_group_setting_unknown_is_an_error()
    {
        var notRead = Some.Tenant() with { GlobalAdminActivationRequiresApproval = true, PimGroups = null };
        var unknown = Some.Tenant() with { GlobalAdminActivationRequiresApproval = true, PimGroups = [Tier0(approval: null)] };

        RuleVerifier.Verify(new GlobalAdminActivationWithoutApprovalRule(), SomeSnapshot.With(notRead), Error(Some.TenantId, "PIM for Groups"));
        RuleVerifier.Verify(new GlobalAdminActivationWithoutApprovalRule(), SomeSnapshot.With(unknown), Error(Some.TenantId, "'Tier-0 admins'"));
    }

    [Fact]
    public void Tenant_without_pim_is_not_applicable_with_the_reason()
    {
        var tenant = Some.Tenant() with { PimAvailable = false };

        RuleVerifier.Verify(new GlobalAdminActivationWithoutApprovalRule(), SomeSnapshot.With(tenant), NotApplicable(Some.TenantId, "PIM not available"));
    }

    [Fact]
    public void Setting_not_reported_is_an_error_even_when_pim_availability_is_unknown()
    {
        var unknown = Some.Tenant() with { PimAvailable = null, GlobalAdminActivationRequiresApproval = null };

        RuleVerifier.Verify(new GlobalAdminActivationWithoutApprovalRule(), SomeSnapshot.With(unknown), Error(Some.TenantId, "was not reported"));
    }

    [Fact]
    public void Pim_data_not_collected_gives_one_error_for_the_tenant()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraPim, "403 Forbidden: RoleManagementPolicy.Read.Directory");

        RuleVerifier.Verify(new GlobalAdminActivationWithoutApprovalRule(), SomeSnapshot.With(sources, Some.Tenant() with { GlobalAdminActivationRequiresApproval = true }),
            Error(Some.EntraSource, "403 Forbidden"));
    }
}
