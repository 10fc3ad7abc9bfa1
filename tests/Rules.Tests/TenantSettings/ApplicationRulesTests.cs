using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.TenantSettings;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.TenantSettings;

/// <summary>ENT-APP-01..04 (MS.AAD.5.1v1–5.4v1).</summary>
public sealed class ApplicationRulesTests
{
    [Fact]
    public void A_compliant_tenant_passes_all_four()
    {
        var snapshot = SomeSnapshot.With(CompliantTenant.Create());

        RuleVerifier.Verify(new AppRegistrationRule(), snapshot, Pass(Some.TenantId));
        RuleVerifier.Verify(new UserConsentRule(), snapshot, Pass(Some.TenantId));
        RuleVerifier.Verify(new AdminConsentWorkflowRule(), snapshot, Pass(Some.TenantId));
        RuleVerifier.Verify(new GroupOwnerConsentRule(), snapshot, Pass(Some.TenantId));
    }

    [Fact]
    public void Users_registering_applications_fails()
    {
        var tenant = CompliantTenant.Create();
        tenant = tenant with { Authorization = tenant.Authorization! with { AllowedToCreateApps = true } };

        var evaluation = RuleVerifier.Verify(new AppRegistrationRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId));

        evaluation.Findings.Single().Remediation!.ShouldContain("allowedToCreateApps = $false");
    }

    [Theory]
    [InlineData("ManagePermissionGrantsForSelf.microsoft-user-default-legacy")]
    [InlineData("ManagePermissionGrantsForSelf.microsoft-user-default-low")]
    [InlineData("ManagePermissionGrantsForSelf.microsoft-user-default-recommended")]
    public void Any_user_consent_policy_fails_and_the_fix_keeps_the_others(string policy)
    {
        var tenant = CompliantTenant.Create();
        tenant = tenant with { Authorization = tenant.Authorization! with { PermissionGrantPoliciesAssigned = [policy, "ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat"] } };

        var evaluation = RuleVerifier.Verify(new UserConsentRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId));

        evaluation.Findings.Single().Observed["userConsentPolicies"].ShouldBe(policy);
        evaluation.Findings.Single().Remediation!.ShouldContain("@('ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat')");
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    [InlineData(false, 0)]
    public void Admin_consent_workflow_must_be_on_with_reviewers(bool enabled, int reviewers)
    {
        var tenant = CompliantTenant.Create() with { AdminConsent = new() { IsEnabled = enabled, ReviewerCount = reviewers } };

        RuleVerifier.Verify(new AdminConsentWorkflowRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId));
    }

    [Theory]
    [InlineData(true, null, false)]
    [InlineData(false, "ManagePermissionGrantsForOwnedResource.microsoft-all-application-permissions-for-group", false)]
    [InlineData(false, "ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team", true)]
    [InlineData(false, "ManagePermissionGrantsForOwnedResource.microsoft-pre-approval-apps-for-group", true)]
    public void Group_owner_consent_is_read_from_the_directory_setting_and_the_consent_policies(bool settingOn, string? policy, bool passes)
    {
        var tenant = CompliantTenant.Create();
        tenant = tenant with
        {
            GroupSpecificConsentEnabled = settingOn,
            Authorization = tenant.Authorization! with { PermissionGrantPoliciesAssigned = policy is null ? [] : [policy] },
        };

        RuleVerifier.Verify(new GroupOwnerConsentRule(), SomeSnapshot.With(tenant), passes ? Pass(Some.TenantId) : Fail(Some.TenantId));
    }

    [Fact]
    public void Settings_not_reported_are_errors()
    {
        var noAuthorization = SomeSnapshot.With(CompliantTenant.Create() with { Authorization = null });
        RuleVerifier.Verify(new AppRegistrationRule(), noAuthorization, Error(Some.TenantId, "was not reported"));
        RuleVerifier.Verify(new UserConsentRule(), noAuthorization, Error(Some.TenantId, "was not reported"));
        RuleVerifier.Verify(new GroupOwnerConsentRule(), noAuthorization, Error(Some.TenantId, "were not reported"));
        RuleVerifier.Verify(new AdminConsentWorkflowRule(), SomeSnapshot.With(CompliantTenant.Create() with { AdminConsent = null }), Error(Some.TenantId, "was not reported"));
        RuleVerifier.Verify(new GroupOwnerConsentRule(), SomeSnapshot.With(CompliantTenant.Create() with { GroupSpecificConsentEnabled = null }), Error(Some.TenantId, "were not reported"));
    }

    [Fact]
    public void A_dataset_not_collected_is_an_error_for_the_rules_reading_it_only()
    {
        var noSettings = SomeSnapshot.With(SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraDirectorySettings, "403 Forbidden: Directory.Read.All"), CompliantTenant.Create());
        RuleVerifier.Verify(new GroupOwnerConsentRule(), noSettings, Error(Some.EntraSource, "403 Forbidden"));
        RuleVerifier.Verify(new UserConsentRule(), noSettings, Pass(Some.TenantId));

        var noConsent = SomeSnapshot.With(SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraAdminConsentPolicy, "403 Forbidden: Policy.Read.All"), CompliantTenant.Create());
        RuleVerifier.Verify(new AdminConsentWorkflowRule(), noConsent, Error(Some.EntraSource, "403 Forbidden"));
        RuleVerifier.Verify(new AppRegistrationRule(), noConsent, Pass(Some.TenantId));
    }
}
