using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Rules.Tests.Authentication.SomePolicy;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

/// <summary>
/// Issue 12's false passes: what an authentication strength allows, and whom a policy leaves out, decide whether
/// a policy enforces — for ENT-MFA-05 (MFA for everyone), ENT-AUTH-01 (legacy blocked) and ENT-MFA-07.
/// </summary>
public sealed class ConditionalAccessExclusionTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("sms")]
    [InlineData("password,microsoftAuthenticatorPush", "password")]
    [InlineData("fido2", "sms")]
    public void A_strength_allowing_a_single_factor_does_not_enforce_mfa(params string[] combinations)
    {
        var tenant = TenantWith([Custom("weak", combinations)], WithStrength(MfaForAllUsers, "weak"));

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId));
        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId));
    }

    [Fact]
    public void A_custom_strength_of_two_factors_enforces_mfa()
    {
        var tenant = TenantWith([Custom("two", "password,sms", "password,microsoftAuthenticatorPush")], WithStrength(MfaForAllUsers, "two"));

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(tenant), Pass(Some.TenantId));
    }

    [Fact]
    public void A_strength_that_cannot_be_resolved_is_an_error_never_a_pass()
    {
        var tenant = TenantWith(WithStrength(MfaForAllUsers, MfaStrengthId)) with { AuthenticationStrengths = null };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraAuthenticationStrengths, "403 Forbidden");

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(tenant), Error(Some.TenantId, "authentication strengths were not reported"));
        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(sources, tenant), Error(Some.EntraSource, "403 Forbidden"));
        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(tenant), Error(Some.TenantId, "authentication strengths were not reported"));
    }

    [Fact]
    public void A_guest_exclusion_fails_the_legacy_and_mfa_rules()
    {
        var guests = new[] { "b2bCollaborationGuest", "b2bDirectConnectUser" };
        var tenant = TenantWith(MfaForAllUsers with { ExcludeGuestOrExternalUserTypes = guests }, BlockLegacy with { ExcludeGuestOrExternalUserTypes = guests });

        var mfa = RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId)).Findings.Single();
        RuleVerifier.Verify(new LegacyAuthenticationNotBlockedRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId));

        mfa.Observed["nearMisses"].ShouldBe(new[] { "Require MFA for all users: excludes guests or external users (b2bCollaborationGuest, b2bDirectConnectUser)" });
    }

    [Fact]
    public void A_guest_exclusion_fails_the_phishing_resistant_admin_rule()
    {
        var policy = WithStrength(MfaForRoles([.. Engine.Configuration.EntraRoleIds.HighlyPrivileged]), PhishingResistantStrengthId)
            with { ExcludeGuestOrExternalUserTypes = ["internalGuest"] };

        RuleVerifier.Verify(new AdminRolesWithoutPhishingResistantPolicyRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId));
    }

    [Fact]
    public void An_excluded_user_named_by_upn_in_breakGlassAccounts_is_break_glass()
    {
        var policy = MfaForAllUsers with
        {
            ExcludeUsers = [BreakGlassId],
            ExcludeUserPrincipalNames = new Dictionary<string, string> { [BreakGlassId] = "bg@contoso.example" },
        };

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(policy)), BreakGlass("BG@contoso.example"), Pass(Some.TenantId));
        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(policy)), BreakGlass("other@contoso.example"), Fail(Some.TenantId));
    }

    [Fact]
    public void An_excluded_group_counts_as_break_glass_only_when_listed_or_all_its_members_are()
    {
        var onlyBreakGlass = MfaForAllUsers with
        {
            ExcludeGroups = ["g-1"],
            ExcludeGroupMembers = new Dictionary<string, IReadOnlyList<string>> { ["g-1"] = [BreakGlassId] },
        };
        var withOthers = onlyBreakGlass with
        {
            ExcludeGroupMembers = new Dictionary<string, IReadOnlyList<string>> { ["g-1"] = [BreakGlassId, "someone-else"] },
        };
        var unread = onlyBreakGlass with { ExcludeGroupMembers = new Dictionary<string, IReadOnlyList<string>>() };

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(onlyBreakGlass)), BreakGlass(BreakGlassId), Pass(Some.TenantId));
        var fail = RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(withOthers)), BreakGlass(BreakGlassId), Fail(Some.TenantId)).Findings.Single();
        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(withOthers)), BreakGlass("g-1"), Pass(Some.TenantId));
        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(unread)), BreakGlass(BreakGlassId), Fail(Some.TenantId));

        fail.Observed["nearMisses"].ShouldBe(new[] { "Require MFA for all users: excludes group g-1, whose members are not all break-glass accounts" });
    }

    [Fact]
    public void An_excluded_group_whose_members_are_break_glass_accounts_named_by_upn_counts_as_break_glass()
    {
        var policy = MfaForAllUsers with
        {
            ExcludeGroups = ["g-1"],
            ExcludeGroupMembers = new Dictionary<string, IReadOnlyList<string>> { ["g-1"] = [BreakGlassId] },
            ExcludeUserPrincipalNames = new Dictionary<string, string> { [BreakGlassId] = "bg@contoso.example" },
        };

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(TenantWith(policy)), BreakGlass("bg@contoso.example"), Pass(Some.TenantId));
    }

    [Fact]
    public void Unread_excluded_group_members_make_the_tenant_an_error()
    {
        // The collector states an unreadable excluded group on the conditional-access dataset.
        var unread = MfaForAllUsers with { ExcludeGroups = ["g-1"] };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraConditionalAccess, "members of an excluded group unknown: 403 Forbidden");

        RuleVerifier.Verify(new MfaNotEnforcedRule(), SomeSnapshot.With(sources, TenantWith(unread)), BreakGlass(BreakGlassId), Error(Some.EntraSource, "excluded group"));
    }
}
