using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class UserWithoutMfaRuleTests
{
    [Fact]
    public void Registered_user_passes_and_unregistered_user_fails()
    {
        var registered = Some.User();
        var unregistered = Some.User() with { Mfa = Some.NoMfa };

        RuleVerifier.Verify(new UserWithoutMfaRule(), SomeSnapshot.With(registered, unregistered),
            Pass(registered.Id), Fail(unregistered.Id));
    }

    [Fact]
    public void Disabled_users_guests_and_break_glass_accounts_are_out_of_scope()
    {
        var disabled = Some.User() with { AccountEnabled = false, Mfa = Some.NoMfa };
        var guest = Some.User() with { UserType = "Guest", Mfa = Some.NoMfa };
        var breakGlass = Some.User("bg@contoso.example") with { Mfa = Some.NoMfa };
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["breakGlassAccounts"] = new List<string> { "BG@contoso.example" } },
        };

        var evaluation = RuleVerifier.Verify(new UserWithoutMfaRule(), SomeSnapshot.With(disabled, guest, breakGlass), config,
            RuleNotApplicable("no resource is in scope (3 out of scope)"));

        evaluation.OutOfScope.ShouldBe(3);
    }

    [Fact]
    public void User_missing_from_the_registration_report_is_an_error_not_a_pass()
    {
        var unknown = Some.User() with { Mfa = null };

        RuleVerifier.Verify(new UserWithoutMfaRule(), SomeSnapshot.With(unknown),
            Error(unknown.Id, "missing from the MFA registration report"));
    }

    [Fact]
    public void Registration_report_that_failed_to_collect_gives_one_error_for_the_tenant()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraMfaRegistration, "403 Forbidden: missing UserAuthenticationMethod.Read.All");

        var evaluation = RuleVerifier.Verify(new UserWithoutMfaRule(), SomeSnapshot.With(sources, Some.User(), Some.User() with { Mfa = Some.NoMfa }),
            Error(Some.EntraSource, "403 Forbidden"));

        evaluation.Findings.Single().Observed["affectedResources"].ShouldBe(2);
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(13, false)]
    public void Grace_period_ends_exactly_at_grace_days(int ageDays, bool inScope)
    {
        var user = Some.User() with { Mfa = Some.NoMfa, CreatedDateTime = Some.Now.AddDays(-ageDays) };

        RuleVerifier.Verify(new UserWithoutMfaRule(), SomeSnapshot.With(user),
            inScope ? Fail(user.Id) : RuleNotApplicable("no resource is in scope"));
    }

    [Fact]
    public void Failure_carries_the_observed_values_and_a_concrete_fix()
    {
        var user = Some.User("alice@contoso.example") with { Mfa = Some.NoMfa };

        var finding = RuleVerifier.Verify(new UserWithoutMfaRule(), SomeSnapshot.With(user), Fail(user.Id)).Findings.Single();

        finding.Observed["isMfaRegistered"].ShouldBe(false);
        finding.Message.ShouldStartWith("alice@contoso.example is an enabled member account with no MFA method registered");
        finding.Remediation!.ShouldContain($"-UserId '{user.Id}'");
    }
}
