using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class AwsRootRecentUseRuleTests
{
    [Fact]
    public void Root_never_used_passes()
    {
        RuleVerifier.Verify(new AwsRootRecentUseRule(), SomeSnapshot.With(Some.AwsAccount()), Pass(Some.AccountId));
    }

    [Fact]
    public void Root_password_used_an_hour_before_the_snapshot_fails()
    {
        var account = Some.AwsAccount() with { RootPasswordLastUsed = Some.Now.AddHours(-1) };

        var finding = RuleVerifier.Verify(new AwsRootRecentUseRule(), SomeSnapshot.With(account), Fail(Some.AccountId)).Findings.Single();

        finding.Message.ShouldBe("The root user of AWS account contoso-prod was used within the last 1 day(s) (password last used 2026-11-25, access key last used never).");
        finding.Remediation!.ShouldContain("AttributeKey=Username,AttributeValue=root --start-time 2026-11-24");
    }

    [Fact]
    public void Root_access_key_used_recently_fails()
    {
        var account = Some.AwsAccount() with { RootAccessKeysPresent = true, RootAccessKeyLastUsed = Some.Now.AddHours(-2) };

        RuleVerifier.Verify(new AwsRootRecentUseRule(), SomeSnapshot.With(account), Fail(Some.AccountId));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Window_starts_exactly_rootUseWindowDays_before_the_snapshot(int minutesInsideWindow, bool passes)
    {
        var account = Some.AwsAccount() with { RootPasswordLastUsed = Some.Now.AddDays(-1).AddMinutes(minutesInsideWindow) };

        RuleVerifier.Verify(new AwsRootRecentUseRule(), SomeSnapshot.With(account), passes ? Pass(Some.AccountId) : Fail(Some.AccountId));
    }

    [Fact]
    public void Window_is_configurable()
    {
        var account = Some.AwsAccount() with { RootPasswordLastUsed = Some.Now.AddDays(-3) };
        var config = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["AWS-ROOT-04"] = new Dictionary<string, object> { ["rootUseWindowDays"] = 7 },
            },
        };

        RuleVerifier.Verify(new AwsRootRecentUseRule(), SomeSnapshot.With(account), Pass(Some.AccountId));
        RuleVerifier.Verify(new AwsRootRecentUseRule(), SomeSnapshot.With(account), config, Fail(Some.AccountId));
    }

    [Fact]
    public void Root_without_any_credentials_is_not_applicable_with_the_reason()
    {
        var account = Some.AwsAccount() with { RootPasswordEnabled = false, RootAccessKeysPresent = false, RootPasswordLastUsed = Some.Now.AddHours(-1) };

        RuleVerifier.Verify(new AwsRootRecentUseRule(), SomeSnapshot.With(account), NotApplicable(Some.AccountId, "no password and no access keys"));
    }

    [Fact]
    public void Credential_report_not_collected_is_an_error_not_a_never_used_pass()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsCredentialReport, "credential report still not COMPLETE");

        RuleVerifier.Verify(new AwsRootRecentUseRule(), SomeSnapshot.With(sources, Some.AwsAccount()), Error(Some.AwsSource, "not COMPLETE"));
    }
}
