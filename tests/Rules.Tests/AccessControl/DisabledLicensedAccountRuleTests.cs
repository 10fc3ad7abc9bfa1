using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class DisabledLicensedAccountRuleTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Disabled_account_fails_from_the_first_licence(int licences, bool passes)
    {
        var user = Some.User() with { AccountEnabled = false, AssignedLicenseCount = licences };

        RuleVerifier.Verify(new DisabledLicensedAccountRule(), SomeSnapshot.With(user), passes ? Pass(user.Id) : Fail(user.Id));
    }

    [Fact]
    public void Failure_names_the_licence_count_and_the_command()
    {
        var user = Some.User("leaver@contoso.example") with { AccountEnabled = false, AssignedLicenseCount = 2 };

        var finding = RuleVerifier.Verify(new DisabledLicensedAccountRule(), SomeSnapshot.With(user), Fail(user.Id)).Findings.Single();

        finding.Message.ShouldBe("leaver@contoso.example is disabled but still has 2 licence(s) assigned.");
        finding.Remediation!.ShouldContain($"Set-MgUserLicense -UserId '{user.Id}'");
    }

    [Fact]
    public void Enabled_accounts_are_out_of_scope()
    {
        RuleVerifier.Verify(new DisabledLicensedAccountRule(), SomeSnapshot.With(Some.User() with { AssignedLicenseCount = 3 }),
            RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }

    [Fact]
    public void Unknown_account_state_is_an_error_and_users_not_collected_one_error_for_the_tenant()
    {
        var unknown = Some.User() with { AccountEnabled = null, AssignedLicenseCount = 1 };
        var sources = SomeSnapshot.WithFailed(Some.EntraSource, "token expired");

        RuleVerifier.Verify(new DisabledLicensedAccountRule(), SomeSnapshot.With(unknown), Error(unknown.Id, "accountEnabled was not reported"));
        RuleVerifier.Verify(new DisabledLicensedAccountRule(), SomeSnapshot.With(sources, unknown), Error(Some.EntraSource, "token expired"));
    }
}
