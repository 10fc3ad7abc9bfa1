using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class StaleAccountRuleTests
{
    private static EntraUser SignedIn(int? daysAgo, string? upn = null) => Some.User(upn) with
    {
        SignIn = new SignInActivity { LastSuccessfulSignIn = daysAgo is { } d ? Some.Now.AddDays(-d) : null },
    };

    [Theory]
    [InlineData(89, true)]
    [InlineData(90, false)]
    public void Account_is_stale_exactly_at_inactive_days(int days, bool passes)
    {
        var user = SignedIn(days);

        RuleVerifier.Verify(new StaleAccountRule(), SomeSnapshot.With(user), passes ? Pass(user.Id) : Fail(user.Id));
    }

    [Theory]
    [InlineData(89, true)]
    [InlineData(90, false)]
    public void Never_signed_in_is_stale_once_created_inactive_days_ago(int ageDays, bool passes)
    {
        var user = SignedIn(null) with { CreatedDateTime = Some.Now.AddDays(-ageDays) };

        var evaluation = RuleVerifier.Verify(new StaleAccountRule(), SomeSnapshot.With(user), passes ? Pass(user.Id) : Fail(user.Id));

        if (!passes)
            evaluation.Findings.Single().Message.ShouldContain("last sign-in: never");
    }

    [Fact]
    public void Guests_count_and_the_limit_is_a_parameter()
    {
        var guest = SignedIn(40) with { UserType = "Guest" };
        var config = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["ENT-ID-01"] = new Dictionary<string, object> { ["inactiveDays"] = 30 },
            },
        };

        var finding = RuleVerifier.Verify(new StaleAccountRule(), SomeSnapshot.With(guest), config, Fail(guest.Id)).Findings.Single();

        finding.Remediation!.ShouldContain($"Update-MgUser -UserId '{guest.Id}' -AccountEnabled:$false");
    }

    [Fact]
    public void Disabled_and_break_glass_accounts_are_out_of_scope()
    {
        var disabled = SignedIn(400) with { AccountEnabled = false };
        var breakGlass = SignedIn(400, "bg@contoso.example");
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["breakGlassAccounts"] = new List<string> { breakGlass.Id } },
        };

        RuleVerifier.Verify(new StaleAccountRule(), SomeSnapshot.With(disabled, breakGlass), config, RuleNotApplicable("no resource is in scope (2 out of scope)"));
    }

    [Fact]
    public void Missing_sign_in_or_account_state_is_an_error()
    {
        var noSignIn = Some.User() with { SignIn = null };
        var unknownState = SignedIn(1) with { AccountEnabled = null };
        var neverNoCreation = SignedIn(null) with { CreatedDateTime = null };

        RuleVerifier.Verify(new StaleAccountRule(), SomeSnapshot.With(noSignIn, unknownState, neverNoCreation),
            Error(noSignIn.Id, "signInActivity was not reported"), Error(unknownState.Id, "accountEnabled was not reported"),
            Error(neverNoCreation.Id, "creation date was not reported"));
    }

    [Fact]
    public void Sign_in_activity_not_collected_gives_one_error_for_the_tenant()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraSignInActivity, "signInActivity null for every user: no Entra ID P1");

        var evaluation = RuleVerifier.Verify(new StaleAccountRule(), SomeSnapshot.With(sources, SignedIn(1), SignedIn(300)), Error(Some.EntraSource, "no Entra ID P1"));

        evaluation.Findings.Single().Observed["affectedResources"].ShouldBe(2);
    }
}
