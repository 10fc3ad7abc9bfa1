using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class AwsRootAccessKeysRuleTests
{
    [Fact]
    public void Root_without_access_keys_passes()
    {
        RuleVerifier.Verify(new AwsRootAccessKeysRule(), SomeSnapshot.With(Some.AwsAccount()), Pass(Some.AccountId));
    }

    [Fact]
    public void Root_with_access_keys_fails_with_the_last_use_and_a_concrete_fix()
    {
        var account = Some.AwsAccount() with { RootAccessKeysPresent = true, RootAccessKeyLastUsed = Some.Now.AddDays(-3) };

        var finding = RuleVerifier.Verify(new AwsRootAccessKeysRule(), SomeSnapshot.With(account), Fail(Some.AccountId)).Findings.Single();

        finding.Message.ShouldBe("The root user of AWS account contoso-prod has access keys (last used 2026-11-22).");
        finding.Remediation!.ShouldContain($"aws sts assume-root --target-principal {Some.AccountId}");
    }

    [Fact]
    public void Account_whose_root_has_no_credentials_at_all_passes()
    {
        var account = Some.AwsAccount() with { RootPasswordEnabled = false, RootAccessKeysPresent = false };

        RuleVerifier.Verify(new AwsRootAccessKeysRule(), SomeSnapshot.With(account), Pass(Some.AccountId));
    }

    [Fact]
    public void Unknown_key_state_is_an_error_not_a_pass()
    {
        RuleVerifier.Verify(new AwsRootAccessKeysRule(), SomeSnapshot.With(Some.AwsAccount() with { RootAccessKeysPresent = null }),
            Error(Some.AccountId, "AccountAccessKeysPresent"));
    }

    [Fact]
    public void Account_summary_not_collected_gives_one_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsAccountSummary, "AccessDenied: iam:GetAccountSummary");

        RuleVerifier.Verify(new AwsRootAccessKeysRule(), SomeSnapshot.With(sources, Some.AwsAccount()), Error(Some.AwsSource, "AccessDenied"));
    }

    [Fact]
    public void Snapshot_without_any_aws_source_is_not_applicable()
    {
        var onlyAzure = SomeSnapshot.AllSourcesComplete.Where(s => s.Provider == "azure").ToList();

        RuleVerifier.Verify(new AwsRootAccessKeysRule(), SomeSnapshot.With(onlyAzure), RuleNotApplicable("no aws source"));
    }

    [Fact]
    public void Root_access_keys_fail_whatever_the_refused_virtual_MFA_listing_would_say()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsMfaDevices, "iam:ListVirtualMFADevices: 403 AccessDenied");

        RuleVerifier.Verify(new AwsRootAccessKeysRule(), SomeSnapshot.With(sources, Some.AwsAccount() with { RootAccessKeysPresent = true }), Fail(Some.AccountId));
    }
}
