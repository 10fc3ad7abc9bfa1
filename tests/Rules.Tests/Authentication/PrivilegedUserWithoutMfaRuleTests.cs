using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class PrivilegedUserWithoutMfaRuleTests
{
    private static readonly ComplianceEngine.Engine.Facts.Entra.DirectoryRoleAssignment GlobalAdmin = Some.Role(EntraRoleIds.GlobalAdministrator);

    [Fact]
    public void Privileged_user_with_mfa_passes_and_without_fails_even_when_only_eligible()
    {
        var withMfa = Some.User() with { Roles = [GlobalAdmin] };
        var eligibleWithout = Some.User() with { Roles = [Some.Role(EntraRoleIds.SecurityAdministrator, "eligible")], Mfa = Some.NoMfa };

        var evaluation = RuleVerifier.Verify(new PrivilegedUserWithoutMfaRule(), SomeSnapshot.With(withMfa, eligibleWithout),
            Pass(withMfa.Id), Fail(eligibleWithout.Id));

        evaluation.Findings.Single().Observed["privilegedRoles"].ShouldBe(new[] { "Security Administrator" });
    }

    [Fact]
    public void Users_without_a_privileged_role_are_not_in_scope()
    {
        var reader = Some.User() with { Roles = [Some.Role("88d8e3e3-8f55-4a1e-953a-9b9898b8876b")], Mfa = Some.NoMfa };

        RuleVerifier.Verify(new PrivilegedUserWithoutMfaRule(), SomeSnapshot.With(reader),
            RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }

    [Fact]
    public void Privileged_user_missing_from_the_registration_report_is_an_error()
    {
        var admin = Some.User() with { Roles = [GlobalAdmin], Mfa = null };

        RuleVerifier.Verify(new PrivilegedUserWithoutMfaRule(), SomeSnapshot.With(admin), Error(admin.Id, "registration report"));
    }

    [Fact]
    public void Privileged_user_whose_enabled_state_is_unknown_is_an_error_not_skipped()
    {
        var admin = Some.User() with { Roles = [GlobalAdmin], AccountEnabled = null, Mfa = Some.NoMfa };

        RuleVerifier.Verify(new PrivilegedUserWithoutMfaRule(), SomeSnapshot.With(admin), Error(admin.Id, "accountEnabled was not reported"));
    }

    [Fact]
    public void Roles_not_collected_give_an_error_for_the_tenant_never_a_pass()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraDirectoryRoles, "503 after 3 retries");

        RuleVerifier.Verify(new PrivilegedUserWithoutMfaRule(), SomeSnapshot.With(sources, Some.User() with { Roles = [GlobalAdmin] }),
            Error(Some.EntraSource, "503 after 3 retries"));
    }

    [Fact]
    public void Privileged_role_set_is_a_parameter()
    {
        var helpdesk = Some.User() with { Roles = [Some.Role("729827e3-9c14-49f7-bb1b-9608f156bbb8")], Mfa = Some.NoMfa };
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["privilegedRoles"] = new List<string> { "729827e3-9c14-49f7-bb1b-9608f156bbb8" } },
        };

        RuleVerifier.Verify(new PrivilegedUserWithoutMfaRule(), SomeSnapshot.With(helpdesk), config, Fail(helpdesk.Id));
    }
}
