using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Rules.Tests.Authentication.SomePolicy;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class MfaNotEnforcedRuleTests
{
    [Fact]
    public void Security_defaults_enforce_mfa()
    {
        var tenant = Some.Tenant() with { SecurityDefaultsEnabled = true, ConditionalAccessPolicies = null };

        var pass = RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(tenant), Pass(Some.TenantId)).Passes.Single();

        pass.Message.ShouldBe("Contoso enforces MFA for all users through security defaults.");
    }

    [Fact]
    public void Enabled_policy_for_all_users_and_apps_passes_with_the_policy_as_evidence()
    {
        var evaluation = RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(MfaForAllUsers)), Pass(Some.TenantId));

        evaluation.Passes.Single().Observed["enforcingPolicies"].ShouldBe(new[] { "Require MFA for all users" });
        evaluation.Passes.Single().Message.ShouldBe("Contoso enforces MFA for all users through policy 'Require MFA for all users'.");
    }

    [Theory]
    [InlineData(MfaStrengthId)]
    [InlineData(PhishingResistantStrengthId)]
    public void Authentication_strength_whose_every_combination_is_multifactor_counts_as_requiring_mfa(string strengthId)
    {
        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(WithStrength(MfaForAllUsers, strengthId))), Pass(Some.TenantId));
    }

    [Fact]
    public void No_security_defaults_and_no_policy_fails()
    {
        var finding = RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith()), Fail(Some.TenantId)).Findings.Single();

        finding.Observed["securityDefaultsEnabled"].ShouldBe(false);
        finding.Remediation!.ShouldContain("New-MgIdentityConditionalAccessPolicy");
    }

    [Theory]
    [InlineData("enabledForReportingButNotEnforced")]
    [InlineData("disabled")]
    public void Report_only_or_disabled_policy_does_not_enforce(string state)
    {
        var policy = MfaForAllUsers with { State = state };

        var finding = RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId)).Findings.Single();

        finding.Observed["nearMisses"].ShouldBe(new[] { $"Require MFA for all users: state is {state}" });
        finding.Remediation!.ShouldContain("-ConditionalAccessPolicyId 'ca-mfa-all' -State enabled");
    }

    [Fact]
    public void Policy_that_also_accepts_a_compliant_device_instead_of_mfa_does_not_enforce()
    {
        var either = MfaForAllUsers with { BuiltInControls = ["mfa", "compliantDevice"], GrantOperator = "OR" };
        var both = MfaForAllUsers with { BuiltInControls = ["mfa", "compliantDevice"], GrantOperator = "AND" };

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(either)), Fail(Some.TenantId));
        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(both)), Pass(Some.TenantId));
    }

    [Fact]
    public void Policy_for_some_users_or_some_apps_does_not_enforce_tenant_wide()
    {
        var someUsers = MfaForAllUsers with { IncludeUsers = [], IncludeRoles = ["62e90394-69f5-4237-9190-012177145e10"] };
        var someApps = MfaForAllUsers with { ExcludeApplications = ["00000002-0000-0ff1-ce00-000000000000"] };

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(someUsers, someApps)), Fail(Some.TenantId));
    }

    [Fact]
    public void Exclusions_pass_only_when_every_excluded_user_and_group_is_a_break_glass_account()
    {
        var policy = MfaForAllUsers with { ExcludeUsers = [BreakGlassId], ExcludeGroups = ["g-bg"] };

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(policy)), BreakGlass(BreakGlassId, "g-bg"), Pass(Some.TenantId));
        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(policy)), BreakGlass(BreakGlassId), Fail(Some.TenantId));
    }

    [Fact]
    public void Policy_narrowed_by_location_platform_or_risk_does_not_enforce_tenant_wide()
    {
        var outsideTrusted = MfaForAllUsers with { IncludeLocations = ["All"], ExcludeLocations = ["AllTrusted"] };
        var onlyAndroid = MfaForAllUsers with { IncludePlatforms = ["android"] };
        var onlyRisky = MfaForAllUsers with { SignInRiskLevels = ["high"] };

        foreach (var policy in new[] { outsideTrusted, onlyAndroid, onlyRisky })
        {
            var finding = RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId)).Findings.Single();
            finding.Observed["nearMisses"].ShouldBe(new[] { "Require MFA for all users: applies only under location, platform or risk conditions" });
        }
    }

    [Fact]
    public void Policy_must_cover_browsers_and_apps()
    {
        var browserOnly = MfaForAllUsers with { ClientAppTypes = ["browser"] };
        var bothModern = MfaForAllUsers with { ClientAppTypes = ["browser", "mobileAppsAndDesktopClients"], IncludeLocations = ["All"], IncludePlatforms = ["all"] };

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(browserOnly)), Fail(Some.TenantId));
        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(bothModern)), Pass(Some.TenantId));
    }

    [Fact]
    public void Excluding_a_role_does_not_enforce()
    {
        var policy = MfaForAllUsers with { ExcludeRoles = ["d29b2b05-8046-44ba-8758-1e26182fcf32"] };

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId));
    }

    [Fact]
    public void Policies_not_reported_are_an_error_unless_security_defaults_already_enforce()
    {
        var tenant = Some.Tenant() with { SecurityDefaultsEnabled = false, ConditionalAccessPolicies = null };
        var unknown = Some.Tenant() with { SecurityDefaultsEnabled = null, ConditionalAccessPolicies = [MfaForAllUsers] };

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(tenant), Error(Some.TenantId, "conditional-access policies were not reported"));
        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(unknown), Error(Some.TenantId, "security-defaults setting"));
    }

    [Fact]
    public void Conditional_access_not_collected_gives_one_error_for_the_tenant()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraConditionalAccess, "403 Forbidden: missing Policy.Read.All");

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(sources, TenantWith(MfaForAllUsers)), Error(Some.EntraSource, "403 Forbidden"));
    }

    [Fact]
    public void No_tenant_fact_is_not_applicable()
    {
        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(Some.User()), RuleNotApplicable("no resource is in scope"));
    }
}
