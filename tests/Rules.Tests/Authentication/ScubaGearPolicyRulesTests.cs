using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Rules.Tests.Authentication.SomePolicy;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

/// <summary>The conditional-access rules of the ScubaGear Entra baseline (MS.AAD 2.1, 2.3, 3.1, 3.7, 3.8, 3.9).</summary>
public sealed class ScubaGearPolicyRulesTests
{
    private static readonly ConditionalAccessPolicy BlockHighUserRisk = BlockLegacy with
    {
        Id = "ca-risk-user", DisplayName = "Block high-risk users", ClientAppTypes = ["all"], UserRiskLevels = ["high"],
    };

    private static readonly ConditionalAccessPolicy BlockHighSignInRisk = BlockHighUserRisk with
    {
        Id = "ca-risk-signin", DisplayName = "Block high-risk sign-ins", UserRiskLevels = [], SignInRiskLevels = ["high", "medium"],
    };

    private static readonly ConditionalAccessPolicy ManagedDevice = MfaForAllUsers with
    {
        Id = "ca-device", DisplayName = "Require a managed device", BuiltInControls = ["compliantDevice", "domainJoinedDevice"],
    };

    private static readonly ConditionalAccessPolicy RegisterFromManagedDevice = ManagedDevice with
    {
        Id = "ca-register", DisplayName = "Register security info from a managed device", IncludeApplications = [],
        IncludeUserActions = [SecurityInfoRegistrationFromUnmanagedDeviceRule.RegisterSecurityInfo], BuiltInControls = ["compliantDevice"],
    };

    private static readonly ConditionalAccessPolicy BlockDeviceCode = BlockLegacy with
    {
        Id = "ca-device-code", DisplayName = "Block device code flow", ClientAppTypes = ["all"], AuthenticationFlowTransferMethods = ["deviceCodeFlow"],
    };

    public static TheoryData<string, ConditionalAccessPolicy> Satisfying() => new()
    {
        { "ENT-RISK-01", BlockHighUserRisk },
        { "ENT-RISK-02", BlockHighSignInRisk },
        { "ENT-MFA-09", WithStrength(MfaForAllUsers, PhishingResistantStrengthId) },
        { "ENT-DEV-01", ManagedDevice },
        { "ENT-DEV-02", RegisterFromManagedDevice },
        { "ENT-AUTH-02", BlockDeviceCode },
    };

    private static TenantPolicyRule RuleOf(string id) => (TenantPolicyRule)BuiltInRules.Create().Single(r => r.Descriptor.Id == id);

    [Theory]
    [MemberData(nameof(Satisfying))]
    public void The_policy_passes_and_its_absence_fails(string id, ConditionalAccessPolicy policy)
    {
        var pass = RuleVerifier.Verify(RuleOf(id), SomeSnapshot.With(TenantWith(policy)), Pass(Some.TenantId)).Passes.Single();
        RuleVerifier.Verify(RuleOf(id), SomeSnapshot.With(TenantWith(MfaForAllUsers, BlockLegacy)), Fail(Some.TenantId));

        pass.Observed["enforcingPolicies"].ShouldBe(new[] { policy.DisplayName });
    }

    [Theory]
    [MemberData(nameof(Satisfying))]
    public void Security_defaults_do_not_satisfy_these_policies(string id, ConditionalAccessPolicy policy)
    {
        _ = policy;
        var tenant = TenantWith() with { SecurityDefaultsEnabled = true };

        RuleVerifier.Verify(RuleOf(id), SomeSnapshot.With(tenant), Fail(Some.TenantId));
    }

    [Theory]
    [MemberData(nameof(Satisfying))]
    public void Report_only_a_guest_exclusion_an_excluded_role_or_a_non_break_glass_user_do_not_satisfy(string id, ConditionalAccessPolicy policy)
    {
        foreach (var weakened in new[]
                 {
                     policy with { State = "enabledForReportingButNotEnforced" },
                     policy with { ExcludeGuestOrExternalUserTypes = ["b2bCollaborationGuest"] },
                     policy with { ExcludeRoles = ["62e90394-69f5-4237-9190-012177145e10"] },
                     policy with { ExcludeUsers = ["someone"] },
                 })
            RuleVerifier.Verify(RuleOf(id), SomeSnapshot.With(TenantWith(weakened)), Fail(Some.TenantId));

        RuleVerifier.Verify(RuleOf(id), SomeSnapshot.With(TenantWith(policy with { ExcludeUsers = [BreakGlassId] })), BreakGlass(BreakGlassId), Pass(Some.TenantId));
    }

    [Theory]
    [MemberData(nameof(Satisfying))]
    public void Policies_not_collected_are_an_error_never_a_pass(string id, ConditionalAccessPolicy policy)
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraConditionalAccess, "403 Forbidden: Policy.Read.All");

        RuleVerifier.Verify(RuleOf(id), SomeSnapshot.With(sources, TenantWith(policy)), Error(Some.EntraSource, "403 Forbidden"));
        RuleVerifier.Verify(RuleOf(id), SomeSnapshot.With(TenantWith(policy) with { ConditionalAccessPolicies = null }), Error(Some.TenantId, "not reported"));
    }

    [Theory]
    [InlineData("ENT-RISK-01")]
    [InlineData("ENT-RISK-02")]
    public void Risk_rules_are_not_applicable_without_entra_id_p2_and_an_error_when_licences_are_unknown(string id)
    {
        var noP2 = TenantWith() with { EntraIdP2Licensed = false };
        var unknown = TenantWith() with { EntraIdP2Licensed = null };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraSubscribedSkus, "403 Forbidden: Organization.Read.All");

        RuleVerifier.Verify(RuleOf(id), SomeSnapshot.With(noP2), NotApplicable(Some.TenantId, "no Microsoft Entra ID P2"));
        RuleVerifier.Verify(RuleOf(id), SomeSnapshot.With(unknown), Error(Some.TenantId, "subscribedSkus"));
        RuleVerifier.Verify(RuleOf(id), SomeSnapshot.With(sources, TenantWith(BlockHighUserRisk, BlockHighSignInRisk)), Error(Some.EntraSource, "403 Forbidden"));
    }

    [Fact]
    public void Risk_policy_narrowed_by_location_does_not_satisfy()
    {
        var policy = BlockHighUserRisk with { IncludeLocations = ["All"], ExcludeLocations = ["AllTrusted"] };

        RuleVerifier.Verify(RuleOf("ENT-RISK-01"), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId));
    }

    [Fact]
    public void Phishing_resistant_rule_rejects_the_mfa_strength_and_plain_mfa_and_errors_without_strengths()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraAuthenticationStrengths, "403 Forbidden");
        var resistant = WithStrength(MfaForAllUsers, PhishingResistantStrengthId);

        RuleVerifier.Verify(RuleOf("ENT-MFA-09"), SomeSnapshot.With(TenantWith(WithStrength(MfaForAllUsers, MfaStrengthId), MfaForAllUsers)), Fail(Some.TenantId));
        RuleVerifier.Verify(RuleOf("ENT-MFA-09"), SomeSnapshot.With(TenantWith(resistant) with { AuthenticationStrengths = null }),
            Error(Some.TenantId, "authentication strengths were not reported"));
        RuleVerifier.Verify(RuleOf("ENT-MFA-09"), SomeSnapshot.With(sources, TenantWith(resistant)), Error(Some.EntraSource, "403 Forbidden"));
    }

    [Fact]
    public void Managed_device_must_be_the_only_alternative_or_required_together()
    {
        var orMfa = ManagedDevice with { BuiltInControls = ["compliantDevice", "mfa"], GrantOperator = "OR" };
        var andMfa = ManagedDevice with { BuiltInControls = ["compliantDevice", "mfa"], GrantOperator = "AND" };

        RuleVerifier.Verify(RuleOf("ENT-DEV-01"), SomeSnapshot.With(TenantWith(orMfa)), Fail(Some.TenantId));
        RuleVerifier.Verify(RuleOf("ENT-DEV-01"), SomeSnapshot.With(TenantWith(andMfa)), Pass(Some.TenantId));
    }

    [Fact]
    public void Registration_policy_must_target_the_register_security_info_action()
    {
        RuleVerifier.Verify(RuleOf("ENT-DEV-02"), SomeSnapshot.With(TenantWith(ManagedDevice)), Fail(Some.TenantId));
    }

    [Fact]
    public void Device_code_policy_must_name_the_device_code_flow_and_block()
    {
        var transferOnly = BlockDeviceCode with { AuthenticationFlowTransferMethods = ["authenticationTransfer"] };
        var mfaInstead = BlockDeviceCode with { BuiltInControls = ["mfa"] };

        RuleVerifier.Verify(RuleOf("ENT-AUTH-02"), SomeSnapshot.With(TenantWith(transferOnly, mfaInstead)), Fail(Some.TenantId));
    }

    [Fact]
    public void The_scubagear_profile_turns_the_new_rules_on()
    {
        var config = Engine.Configuration.ComplianceConfig.Default with { Profile = RuleProfiles.ScubaGearProfile };
        foreach (var id in new[] { "ENT-RISK-01", "ENT-RISK-02", "ENT-MFA-09", "ENT-DEV-01", "ENT-DEV-02", "ENT-AUTH-02" })
            config.SeverityOf(BuiltInRules.Descriptors.Single(d => d.Id == id)).ShouldNotBe(Engine.Rules.Severity.None, id);
    }
}
