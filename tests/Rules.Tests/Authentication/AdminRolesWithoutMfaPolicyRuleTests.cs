using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Rules.Tests.Authentication.SomePolicy;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class AdminRolesWithoutMfaPolicyRuleTests
{
    private static readonly string[] AllPrivileged = [.. EntraRoleIds.HighlyPrivileged];

    [Fact]
    public void Policy_for_all_privileged_roles_passes()
    {
        var evaluation = RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(TenantWith(MfaForRoles(AllPrivileged))), Pass(Some.TenantId));

        evaluation.Passes.Single().Observed["coveringPolicies"].ShouldBe(new[] { "Require MFA for admins" });
    }

    [Fact]
    public void Policy_for_all_users_covers_the_roles()
    {
        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(TenantWith(MfaForAllUsers)), Pass(Some.TenantId));
    }

    [Fact]
    public void Several_policies_together_can_cover_the_set()
    {
        var first = MfaForRoles(AllPrivileged[..8]) with { Id = "a" };
        var second = MfaForRoles(AllPrivileged[8..]) with { Id = "b" };

        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(TenantWith(first, second)), Pass(Some.TenantId));
    }

    [Fact]
    public void A_role_left_out_fails_and_is_named()
    {
        var policy = MfaForRoles([.. AllPrivileged.Where(r => r != EntraRoleIds.IntuneAdministrator)]);

        var finding = RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId)).Findings.Single();

        finding.Observed["uncoveredRoles"].ShouldBe(new[] { "Intune Administrator" });
        finding.Remediation!.ShouldContain($"includeRoles = @('{EntraRoleIds.IntuneAdministrator}')");
    }

    [Fact]
    public void A_role_excluded_from_an_all_users_policy_is_not_covered()
    {
        var policy = MfaForAllUsers with { ExcludeRoles = [EntraRoleIds.GlobalAdministrator] };

        var finding = RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId)).Findings.Single();

        finding.Observed["uncoveredRoles"].ShouldBe(new[] { "Global Administrator" });
    }

    [Theory]
    [InlineData("enabledForReportingButNotEnforced")]
    [InlineData("disabled")]
    public void Report_only_policy_does_not_cover(string state)
    {
        var policy = MfaForRoles(AllPrivileged) with { State = state };

        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId));
    }

    [Fact]
    public void Policy_for_admins_only_from_untrusted_locations_or_only_in_browsers_does_not_cover()
    {
        var untrustedOnly = MfaForRoles(AllPrivileged) with { IncludeLocations = ["All"], ExcludeLocations = ["AllTrusted"] };
        var browserOnly = MfaForRoles(AllPrivileged) with { ClientAppTypes = ["browser"] };

        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(TenantWith(untrustedOnly)), Fail(Some.TenantId));
        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(TenantWith(browserOnly)), Fail(Some.TenantId));
    }

    [Fact]
    public void Excluded_users_must_be_break_glass_accounts()
    {
        var policy = MfaForRoles(AllPrivileged) with { ExcludeUsers = [BreakGlassId] };

        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(TenantWith(policy)), BreakGlass(BreakGlassId), Pass(Some.TenantId));
        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(TenantWith(policy)), Fail(Some.TenantId));
    }

    [Fact]
    public void Security_defaults_cover_only_their_documented_admin_roles()
    {
        var tenant = Some.Tenant() with { SecurityDefaultsEnabled = true, ConditionalAccessPolicies = null };
        var onlyDefaultRoles = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["privilegedRoles"] = new List<string> { EntraRoleIds.GlobalAdministrator, EntraRoleIds.UserAdministrator } },
        };

        var finding = RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId)).Findings.Single();
        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(tenant), onlyDefaultRoles, Pass(Some.TenantId));

        finding.Observed["uncoveredRoles"].ShouldBe(new[]
        {
            "Domain Name Administrator", "External Identity Provider Administrator", "Hybrid Identity Administrator",
            "Intune Administrator", "Partner Tier2 Support",
        });
    }

    [Fact]
    public void Policies_not_reported_are_an_error_and_a_collection_gap_one_error_for_the_tenant()
    {
        var tenant = Some.Tenant() with { SecurityDefaultsEnabled = false, ConditionalAccessPolicies = null };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraConditionalAccess, "403 Forbidden");

        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(tenant), Error(Some.TenantId, "not reported"));
        RuleVerifier.Verify(new AdminRolesWithoutMfaPolicyRule(), SomeSnapshot.With(sources, TenantWith(MfaForAllUsers)), Error(Some.EntraSource, "403 Forbidden"));
    }
}
