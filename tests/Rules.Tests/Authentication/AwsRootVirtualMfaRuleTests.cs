using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class AwsRootVirtualMfaRuleTests
{
    [Fact]
    public void Root_with_hardware_mfa_passes()
    {
        RuleVerifier.Verify(new AwsRootVirtualMfaRule(), SomeSnapshot.With(Some.AwsAccount()), Pass(Some.AccountId));
    }

    [Fact]
    public void Root_with_only_virtual_mfa_fails_as_a_warning()
    {
        var evaluation = RuleVerifier.Verify(new AwsRootVirtualMfaRule(), SomeSnapshot.With(Some.AwsAccount() with { RootHardwareMfa = false }),
            Fail(Some.AccountId));

        evaluation.Severity.ShouldBe(Severity.Warning);
        evaluation.Findings.Single().Remediation!.ShouldContain("Security key (FIDO2)");
    }

    [Fact]
    public void Root_without_any_mfa_is_left_to_AWS_ROOT_01()
    {
        var account = Some.AwsAccount() with { RootMfaEnabled = false, RootHardwareMfa = null };

        RuleVerifier.Verify(new AwsRootVirtualMfaRule(), SomeSnapshot.With(account), NotApplicable(Some.AccountId, "AWS-ROOT-01"));
    }

    [Fact]
    public void Root_without_any_credentials_is_not_applicable()
    {
        var account = Some.AwsAccount() with { RootPasswordEnabled = false, RootAccessKeysPresent = false, RootHardwareMfa = false };

        RuleVerifier.Verify(new AwsRootVirtualMfaRule(), SomeSnapshot.With(account), NotApplicable(Some.AccountId, "centralised root access"));
    }

    [Fact]
    public void Unknown_device_kind_is_an_error()
    {
        RuleVerifier.Verify(new AwsRootVirtualMfaRule(), SomeSnapshot.With(Some.AwsAccount() with { RootHardwareMfa = null }),
            Error(Some.AccountId, "ListVirtualMFADevices"));
    }

    [Fact]
    public void Unknown_mfa_state_is_an_error()
    {
        RuleVerifier.Verify(new AwsRootVirtualMfaRule(), SomeSnapshot.With(Some.AwsAccount() with { RootMfaEnabled = null, RootHardwareMfa = null }),
            Error(Some.AccountId, "AccountMFAEnabled"));
    }

    [Fact]
    public void Partial_account_summary_gives_an_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsAccountSummary, "root MFA kind unknown: ThrottlingException");

        var evaluation = RuleVerifier.Verify(new AwsRootVirtualMfaRule(), SomeSnapshot.With(sources, Some.AwsAccount()),
            Error(Some.AwsSource, "root MFA kind unknown"));

        evaluation.Count(Outcome.Pass).ShouldBe(0);
    }
}
