using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Rules.Tests.Authentication.SomePolicy;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class AdminRolesWithoutPhishingResistantPolicyRuleTests
{
    private static ConditionalAccessPolicy Strength(string name, params string[] combinations) =>
        MfaForRoles([.. EntraRoleIds.HighlyPrivileged]) with { BuiltInControls = [], AuthenticationStrength = name, AuthenticationStrengthCombinations = combinations };

    [Theory]
    [InlineData("Phishing-resistant MFA")]
    [InlineData("00000000-0000-0000-0000-000000000004")]
    public void Built_in_phishing_resistant_strength_passes(string strength)
    {
        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(Strength(strength))), Pass(Some.TenantId));
    }

    [Fact]
    public void Built_in_mfa_strength_is_not_phishing_resistant()
    {
        var policy = WithStrength(MfaForRoles([.. EntraRoleIds.HighlyPrivileged]), MfaStrengthId);

        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId));
    }

    [Fact]
    public void Custom_strength_is_resolved_by_id_through_the_tenants_strengths_not_by_what_the_policy_embeds()
    {
        // The policy embeds stale combinations; the strengths endpoint says what the strength allows now.
        var policy = Strength("Admins", "fido2") with { AuthenticationStrengthId = "custom-1" };

        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(),
            SomeSnapshot.With(TenantWith([Custom("custom-1", "fido2", "password,sms")], policy)), Fail(Some.TenantId));
        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(),
            SomeSnapshot.With(TenantWith([Custom("custom-1", "fido2", "windowsHelloForBusiness")], policy)), Pass(Some.TenantId));
    }

    [Fact]
    public void Strengths_not_read_make_a_strength_policy_an_error_never_a_pass()
    {
        var tenant = TenantWith(Strength("Phishing-resistant MFA")) with { AuthenticationStrengths = null };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraAuthenticationStrengths, "403 Forbidden");

        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(tenant), Error(Some.TenantId, "authentication strengths were not reported"));
        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(sources, tenant), Error(Some.EntraSource, "403 Forbidden"));
    }

    [Fact]
    public void Custom_strength_passes_only_when_every_combination_is_phishing_resistant()
    {
        var resistant = Strength("Admins", "fido2", "windowsHelloForBusiness", "x509CertificateMultiFactor");
        var withPush = Strength("Admins", "fido2", "microsoftAuthenticatorPush,password");

        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(resistant)), Pass(Some.TenantId));
        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(withPush)), Fail(Some.TenantId));
    }

    [Fact]
    public void Plain_mfa_or_a_strength_next_to_an_alternative_control_does_not_cover()
    {
        var plainMfa = MfaForRoles([.. EntraRoleIds.HighlyPrivileged]);
        var orCompliantDevice = Strength("Phishing-resistant MFA") with { BuiltInControls = ["compliantDevice"], GrantOperator = "OR" };

        var finding = RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(plainMfa)), Fail(Some.TenantId)).Findings.Single();
        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(orCompliantDevice)), Fail(Some.TenantId));

        finding.Remediation!.ShouldContain("authenticationStrength = @{ id = '00000000-0000-0000-0000-000000000004' }");
    }

    [Fact]
    public void Security_defaults_never_cover_and_a_missing_role_is_named()
    {
        var defaults = Some.Tenant() with { SecurityDefaultsEnabled = true, ConditionalAccessPolicies = null };
        var partial = Strength("Phishing-resistant MFA") with { IncludeRoles = [EntraRoleIds.GlobalAdministrator] };
        var onlyGlobalAdmin = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["privilegedRoles"] = new List<string> { EntraRoleIds.GlobalAdministrator, EntraRoleIds.SecurityAdministrator } },
        };

        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(defaults), Fail(Some.TenantId));
        var finding = RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(partial)), onlyGlobalAdmin, Fail(Some.TenantId)).Findings.Single();

        finding.Observed["uncoveredRoles"].ShouldBe(new[] { "Security Administrator" });
    }

    [Fact]
    public void Report_only_policy_and_other_exclusions_do_not_cover()
    {
        var reportOnly = Strength("Phishing-resistant MFA") with { State = "enabledForReportingButNotEnforced" };
        var excludes = Strength("Phishing-resistant MFA") with { ExcludeUsers = [BreakGlassId] };

        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(reportOnly)), Fail(Some.TenantId));
        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(excludes)), Fail(Some.TenantId));
        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(excludes)), BreakGlass(BreakGlassId), Pass(Some.TenantId));
    }

    [Fact]
    public void Policies_not_reported_or_not_collected_are_errors()
    {
        var unknown = Some.Tenant() with { SecurityDefaultsEnabled = false, ConditionalAccessPolicies = null };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraConditionalAccess, "403 Forbidden");

        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(unknown), Error(Some.TenantId, "not reported"));
        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(sources, TenantWith(Strength("Phishing-resistant MFA"))), Error(Some.EntraSource, "403 Forbidden"));
    }
}
