using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class AwsRootWithoutMfaRuleTests
{
    [Fact]
    public void Root_with_mfa_passes()
    {
        RuleVerifier.Verify(new AwsRootWithoutMfaRule(), SomeSnapshot.With(Some.AwsAccount()), Pass(Some.AccountId));
    }

    [Fact]
    public void Root_without_mfa_fails()
    {
        RuleVerifier.Verify(new AwsRootWithoutMfaRule(), SomeSnapshot.With(Some.AwsAccount() with { RootMfaEnabled = false }),
            Fail(Some.AccountId));
    }

    [Fact]
    public void Root_without_any_credentials_is_not_applicable_with_the_reason()
    {
        var account = Some.AwsAccount() with { RootMfaEnabled = false, RootPasswordEnabled = false, RootAccessKeysPresent = false };

        RuleVerifier.Verify(new AwsRootWithoutMfaRule(), SomeSnapshot.With(account),
            NotApplicable(Some.AccountId, "no password and no access keys"));
    }

    [Fact]
    public void Unknown_mfa_state_is_an_error()
    {
        RuleVerifier.Verify(new AwsRootWithoutMfaRule(), SomeSnapshot.With(Some.AwsAccount() with { RootMfaEnabled = null }),
            Error(Some.AccountId, "AccountMFAEnabled"));
    }

    [Fact]
    public void Failed_aws_source_gives_an_error_even_without_facts()
    {
        var sources = SomeSnapshot.WithFailed(Some.AwsSource, "AccessDenied: iam:GetAccountSummary");

        RuleVerifier.Verify(new AwsRootWithoutMfaRule(), SomeSnapshot.With(sources), Error(Some.AwsSource, "AccessDenied"));
    }

    [Fact]
    public void Snapshot_without_any_aws_source_is_not_applicable()
    {
        var onlyEntra = SomeSnapshot.AllSourcesComplete.Where(s => s.Provider == "entra").ToList();

        RuleVerifier.Verify(new AwsRootWithoutMfaRule(), SomeSnapshot.With(onlyEntra), RuleNotApplicable("no aws source"));
    }
}
