using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class AwsAccessKeyAgeRuleTests
{
    private static AwsAccessKey Key(int slot, double rotatedDaysAgo, bool active = true) =>
        new() { Slot = slot, Active = active, LastRotated = Some.Now.AddDays(-rotatedDaysAgo), LastUsed = Some.Now.AddDays(-1) };

    [Fact]
    public void Recent_key_passes_and_old_key_fails()
    {
        var fresh = Some.IamUser() with { AccessKeys = [Key(1, 10)] };
        var stale = Some.IamUser() with { AccessKeys = [Key(1, 10), Key(2, 200)] };

        RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(fresh, stale), Pass(fresh.Arn!), Fail(stale.Arn!));
    }

    [Fact]
    public void Failure_names_the_stale_key_slot_and_its_age()
    {
        var user = Some.IamUser("deploy") with { AccessKeys = [Key(1, 10), Key(2, 200)] };

        var finding = RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(user), Fail(user.Arn!)).Findings.Single();

        finding.Message.ShouldBe("IAM user deploy has an active access key older than 90 days: key 2 (rotated 2026-05-09, 200 days ago).");
        finding.Observed["activeKeys"].ShouldBe(new List<string> { "key 1 (rotated 2026-11-15, 10 days ago)", "key 2 (rotated 2026-05-09, 200 days ago)" });
        finding.Remediation!.ShouldContain("Rotate key 2 of deploy: aws iam create-access-key --user-name deploy");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Key_exactly_max_age_passes_and_a_minute_older_fails(int minutesOver, bool passes)
    {
        var user = Some.IamUser() with { AccessKeys = [new AwsAccessKey { Slot = 1, Active = true, LastRotated = Some.Now.AddDays(-90).AddMinutes(-minutesOver) }] };

        RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(user), passes ? Pass(user.Arn!) : Fail(user.Arn!));
    }

    [Fact]
    public void Max_age_is_configurable()
    {
        var user = Some.IamUser() with { AccessKeys = [Key(1, 45)] };
        var config = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["AWS-IAM-02"] = new Dictionary<string, object> { ["maxAccessKeyAgeDays"] = 30 },
            },
        };

        RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(user), config, Fail(user.Arn!));
    }

    [Fact]
    public void Users_without_an_active_key_are_out_of_scope()
    {
        var inactiveOld = Some.IamUser() with { AccessKeys = [Key(1, 400, active: false)] };
        var noKeys = Some.IamUser();

        RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(inactiveOld, noKeys), RuleNotApplicable("no resource is in scope (2 out of scope)"));
    }

    [Fact]
    public void Active_key_without_a_rotation_date_is_an_error()
    {
        var user = Some.IamUser() with { AccessKeys = [new AwsAccessKey { Slot = 1, Active = true }] };

        RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(user), Error(user.Arn!, "no last-rotated date"));
    }

    [Fact]
    public void Stale_key_fails_even_when_the_other_key_has_no_rotation_date()
    {
        var user = Some.IamUser() with { AccessKeys = [new AwsAccessKey { Slot = 1, Active = true }, Key(2, 200)] };

        RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(user), Fail(user.Arn!));
    }

    [Fact]
    public void Credential_report_not_collected_gives_an_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsCredentialReport, "AccessDenied: iam:GenerateCredentialReport");

        RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(sources, Some.IamUser() with { AccessKeys = [Key(1, 10)] }),
            Error(Some.AwsSource, "AccessDenied"));
    }
}
