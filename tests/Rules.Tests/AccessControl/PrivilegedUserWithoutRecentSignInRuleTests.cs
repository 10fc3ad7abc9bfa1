using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class PrivilegedUserWithoutRecentSignInRuleTests
{
    private static EntraUser Admin(int? daysSinceSignIn, string? upn = null) => Some.User(upn) with
    {
        Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)],
        SignIn = new SignInActivity { LastSuccessfulSignIn = daysSinceSignIn is { } d ? Some.Now.AddDays(-d) : null },
    };

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, false)]
    public void Limit_is_reached_exactly_at_privileged_inactive_days(int days, bool passes)
    {
        var admin = Admin(days);

        RuleVerifier.Verify(new PrivilegedUserWithoutRecentSignInRule(), SomeSnapshot.With(admin), passes ? Pass(admin.Id) : Fail(admin.Id));
    }

    [Fact]
    public void Limit_is_a_parameter()
    {
        var admin = Admin(45);
        var config = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["ENT-PRIV-08"] = new Dictionary<string, object> { ["privilegedInactiveDays"] = 60 },
            },
        };

        RuleVerifier.Verify(new PrivilegedUserWithoutRecentSignInRule(), SomeSnapshot.With(admin), config, Pass(admin.Id));
    }

    [Fact]
    public void Never_signed_in_fails_once_the_account_is_older_than_the_limit()
    {
        var old = Admin(null);
        var fresh = Admin(null) with { CreatedDateTime = Some.Now.AddDays(-3) };

        var finding = RuleVerifier.Verify(new PrivilegedUserWithoutRecentSignInRule(), SomeSnapshot.With(old, fresh), Fail(old.Id), Pass(fresh.Id))
            .Findings.Single();

        finding.Message.ShouldContain("last sign-in: never");
    }

    [Fact]
    public void Non_interactive_activity_counts_when_the_successful_timestamp_is_missing()
    {
        var admin = Admin(null) with { SignIn = new SignInActivity { LastNonInteractiveSignIn = Some.Now.AddDays(-2) } };

        RuleVerifier.Verify(new PrivilegedUserWithoutRecentSignInRule(), SomeSnapshot.With(admin), Pass(admin.Id));
    }

    [Fact]
    public void Break_glass_accounts_are_not_applicable_with_the_reason()
    {
        var breakGlass = Admin(200, "bg@contoso.example");
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["breakGlassAccounts"] = new List<string> { "bg@contoso.example" } },
        };

        RuleVerifier.Verify(new PrivilegedUserWithoutRecentSignInRule(), SomeSnapshot.With(breakGlass), config, NotApplicable(breakGlass.Id, "break-glass account"));
    }

    [Fact]
    public void Users_without_a_privileged_role_are_out_of_scope()
    {
        var user = Some.User() with { SignIn = new SignInActivity() };

        RuleVerifier.Verify(new PrivilegedUserWithoutRecentSignInRule(), SomeSnapshot.With(user), RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }

    [Fact]
    public void Missing_sign_in_activity_is_an_error_never_a_pass()
    {
        var admin = Admin(1) with { SignIn = null };

        RuleVerifier.Verify(new PrivilegedUserWithoutRecentSignInRule(), SomeSnapshot.With(admin), Error(admin.Id, "signInActivity was not reported"));
    }

    [Fact]
    public void Sign_in_activity_not_collected_gives_one_error_for_the_tenant()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraSignInActivity, "403 Forbidden: tenant lacks Entra ID P1");

        RuleVerifier.Verify(new PrivilegedUserWithoutRecentSignInRule(), SomeSnapshot.With(sources, Admin(1), Admin(100)), Error(Some.EntraSource, "lacks Entra ID P1"));
    }
}
