using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class AwsMultipleActiveKeysRuleTests
{
    private static AwsAccessKey Key(int slot, bool active = true) =>
        new() { Slot = slot, Active = active, LastRotated = Some.Now.AddDays(-30), LastUsed = active ? Some.Now.AddDays(-2) : null };

    [Fact]
    public void One_active_key_passes_and_two_fail()
    {
        var one = Some.IamUser() with { AccessKeys = [Key(1), Key(2, active: false)] };
        var two = Some.IamUser("ci") with { AccessKeys = [Key(1), Key(2)] };

        var evaluation = RuleVerifier.Verify(new AwsMultipleActiveKeysRule(), SomeSnapshot.With(one, two), Pass(one.Arn!), Fail(two.Arn!));

        var finding = evaluation.Findings.Single();
        finding.Message.ShouldBe("IAM user ci has 2 active access keys: key 1 (last used 2026-11-23, 2 days ago), key 2 (last used 2026-11-23, 2 days ago).");
        finding.Remediation!.ShouldContain("aws iam update-access-key --user-name ci --access-key-id <other id> --status Inactive");
    }

    [Fact]
    public void Users_without_an_active_key_are_out_of_scope()
    {
        RuleVerifier.Verify(new AwsMultipleActiveKeysRule(), SomeSnapshot.With(Some.IamUser(), Some.IamUser() with { AccessKeys = [Key(1, active: false)] }),
            RuleNotApplicable("no resource is in scope (2 out of scope)"));
    }

    [Fact]
    public void Credential_report_not_collected_gives_an_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsCredentialReport, "malformed credential report");

        RuleVerifier.Verify(new AwsMultipleActiveKeysRule(), SomeSnapshot.With(sources, Some.IamUser() with { AccessKeys = [Key(1), Key(2)] }),
            Error(Some.AwsSource, "malformed"));
    }
}
