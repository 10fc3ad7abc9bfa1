using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Rules.Tests.Authentication.SomePolicy;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class LegacyAuthenticationNotBlockedRuleTests
{
    [Fact]
    public void Blocking_policy_or_security_defaults_pass()
    {
        var viaDefaults = Some.Tenant() with { SecurityDefaultsEnabled = true, ConditionalAccessPolicies = null };

        var evaluation = RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(TenantWith(BlockLegacy)), Pass(Some.TenantId));
        RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(viaDefaults), Pass(Some.TenantId));

        evaluation.Passes.Single().Observed["blockingPolicies"].ShouldBe(new[] { "Block legacy authentication" });
    }

    [Fact]
    public void No_blocking_policy_fails_even_with_an_mfa_policy()
    {
        var finding = RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(TenantWith(MfaForAllUsers)), Fail(Some.TenantId))
            .Findings.Single();

        finding.Message.ShouldContain("does not block legacy authentication");
        finding.Remediation!.ShouldContain("clientAppTypes = @('exchangeActiveSync','other')");
    }

    [Fact]
    public void Report_only_blocking_policy_fails()
    {
        var policy = BlockLegacy with { State = "enabledForReportingButNotEnforced" };

        var finding = RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId)).Findings.Single();

        finding.Remediation!.ShouldContain("-ConditionalAccessPolicyId 'ca-block-legacy' -State enabled");
    }

    [Fact]
    public void Policy_must_cover_both_exchange_activesync_and_other_clients()
    {
        var onlyOther = BlockLegacy with { ClientAppTypes = ["other"] };

        RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(TenantWith(onlyOther)), Fail(Some.TenantId));
    }

    [Fact]
    public void Blocking_only_outside_trusted_locations_leaves_legacy_authentication_open()
    {
        var policy = BlockLegacy with { IncludeLocations = ["All"], ExcludeLocations = ["AllTrusted"] };

        RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId));
    }

    [Fact]
    public void Only_break_glass_exclusions_are_accepted()
    {
        var policy = BlockLegacy with { ExcludeUsers = [BreakGlassId] };

        RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(TenantWith(policy)), BreakGlass(BreakGlassId), Pass(Some.TenantId));
        RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId));
    }

    [Fact]
    public void Policies_not_reported_are_an_error()
    {
        var tenant = Some.Tenant() with { SecurityDefaultsEnabled = false, ConditionalAccessPolicies = null };

        RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(tenant), Error(Some.TenantId, "not reported"));
    }

    [Fact]
    public void Security_defaults_not_collected_gives_one_error_for_the_tenant()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraSecurityDefaults, "429 after 5 retries");

        RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(sources, TenantWith(BlockLegacy)), Error(Some.EntraSource, "429 after 5 retries"));
    }
}
