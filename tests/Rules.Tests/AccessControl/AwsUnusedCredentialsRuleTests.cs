using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class AwsUnusedCredentialsRuleTests
{
    private static AwsIamUser UserLastSignedIn(double daysAgo) => Some.IamUser() with { PasswordLastUsed = Some.Now.AddDays(-daysAgo) };

    private static AwsAccessKey Key(int slot, double? usedDaysAgo, double rotatedDaysAgo = 300, bool active = true) => new()
    {
        Slot = slot,
        Active = active,
        LastRotated = Some.Now.AddDays(-rotatedDaysAgo),
        LastUsed = usedDaysAgo is { } d ? Some.Now.AddDays(-d) : null,
    };

    [Fact]
    public void Recently_used_password_and_key_pass()
    {
        var user = UserLastSignedIn(3) with { AccessKeys = [Key(1, usedDaysAgo: 1)] };

        RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(user), Pass(user.Arn!));
    }

    [Theory]
    [InlineData(45, false)]
    [InlineData(44, true)]
    public void Password_unused_for_max_unused_days_or_more_fails(int daysAgo, bool passes)
    {
        var user = UserLastSignedIn(daysAgo);

        RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(user), passes ? Pass(user.Arn!) : Fail(user.Arn!));
    }

    [Fact]
    public void Never_used_password_counts_from_when_it_was_set()
    {
        var setLongAgo = Some.IamUser() with { PasswordLastChanged = Some.Now.AddDays(-50) };
        var newUser = Some.IamUser() with { CreatedAt = Some.Now.AddDays(-10) };

        RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(setLongAgo, newUser), Fail(setLongAgo.Arn!), Pass(newUser.Arn!));
    }

    [Fact]
    public void Never_used_or_long_unused_active_key_fails_and_inactive_keys_are_ignored()
    {
        var neverUsed = UserLastSignedIn(1) with { AccessKeys = [Key(1, usedDaysAgo: null, rotatedDaysAgo: 60)] };
        var inactive = UserLastSignedIn(1) with { AccessKeys = [Key(1, usedDaysAgo: 300, active: false)] };

        var evaluation = RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(neverUsed, inactive), Fail(neverUsed.Arn!), Pass(inactive.Arn!));

        evaluation.Findings.Single().Observed["unusedCredentials"].ShouldBe(new List<string> { "key 1 (never used, rotated 2026-09-26, 60 days ago)" });
    }

    [Fact]
    public void Failure_lists_each_unused_credential_with_its_fix()
    {
        var user = Some.IamUser("old-admin") with { PasswordLastUsed = Some.Now.AddDays(-100), AccessKeys = [Key(1, usedDaysAgo: 1), Key(2, usedDaysAgo: 80)] };

        var finding = RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(user), Fail(user.Arn!)).Findings.Single();

        finding.Message.ShouldBe("IAM user old-admin has credentials unused for 45 days or more: console password (last used 2026-08-17), key 2 (last used 2026-09-06, 80 days ago).");
        finding.Remediation!.ShouldContain("aws iam delete-login-profile --user-name old-admin");
        finding.Remediation!.ShouldContain("--access-key-id <key 2 id> --status Inactive");
        finding.Remediation!.ShouldNotContain("<key 1 id>");
    }

    [Fact]
    public void Threshold_is_configurable()
    {
        var user = UserLastSignedIn(60);
        var config = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["AWS-IAM-03"] = new Dictionary<string, object> { ["maxUnusedDays"] = 90 },
            },
        };

        RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(user), config, Pass(user.Arn!));
    }

    [Fact]
    public void Users_without_password_or_active_key_are_out_of_scope()
    {
        var programmaticOff = Some.IamUser() with { PasswordEnabled = false, AccessKeys = [Key(1, usedDaysAgo: 400, active: false)] };

        RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(programmaticOff), RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }

    [Fact]
    public void Credential_without_any_date_is_an_error()
    {
        var noDates = Some.IamUser() with { CreatedAt = null };

        RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(noDates), Error(noDates.Arn!, "neither a last-used nor a set date"));
    }

    [Fact]
    public void Unused_key_fails_even_when_the_password_has_no_dates()
    {
        var user = Some.IamUser() with { CreatedAt = null, AccessKeys = [Key(1, usedDaysAgo: 100)] };

        RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(user), Fail(user.Arn!));
    }

    [Fact]
    public void Credential_report_not_collected_gives_an_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsCredentialReport, "AccessDenied: iam:GetCredentialReport");

        RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(sources, UserLastSignedIn(1)), Error(Some.AwsSource, "AccessDenied"));
    }
}
