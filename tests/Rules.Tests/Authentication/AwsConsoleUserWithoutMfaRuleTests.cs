using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class AwsConsoleUserWithoutMfaRuleTests
{
    [Fact]
    public void Console_user_with_mfa_passes_and_without_fails()
    {
        var withMfa = Some.IamUser("alice");
        var without = Some.IamUser("bob") with { MfaActive = false };

        RuleVerifier.Verify(new AwsConsoleUserWithoutMfaRule(), SomeSnapshot.With(withMfa, without),
            Pass(withMfa.Arn!), Fail(without.Arn!));
    }

    [Fact]
    public void Programmatic_user_without_password_is_out_of_scope()
    {
        var robot = Some.IamUser("ci-robot") with { PasswordEnabled = false, MfaActive = false };

        RuleVerifier.Verify(new AwsConsoleUserWithoutMfaRule(), SomeSnapshot.With(robot),
            RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }

    [Fact]
    public void Credential_report_not_collected_gives_an_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsCredentialReport, "report still in progress after 10 attempts");

        RuleVerifier.Verify(new AwsConsoleUserWithoutMfaRule(), SomeSnapshot.With(sources, Some.IamUser() with { MfaActive = false }),
            Error(Some.AwsSource, "still in progress"));
    }
}
