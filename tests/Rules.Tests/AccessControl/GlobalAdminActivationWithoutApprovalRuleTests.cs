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
