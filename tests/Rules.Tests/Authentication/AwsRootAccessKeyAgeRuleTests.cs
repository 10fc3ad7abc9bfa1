using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class AwsRootAccessKeyAgeRuleTests
{
    private static AwsAccessKey Key(int slot, double? rotatedDaysAgo, bool active = true) =>
        new() { Slot = slot, Active = active, LastRotated = rotatedDaysAgo is { } d ? Some.Now.AddDays(-d) : null };

    private static AwsAccount Root(params AwsAccessKey[] keys) => Some.AwsAccount() with { RootAccessKeysPresent = keys.Any(k => k.Active), RootAccessKeys = keys };

    [Fact]
    public void An_800_day_root_key_fails_with_its_slot_and_age()
    {
        var account = Root(Key(1, 800));

        var finding = RuleVerifier.Verify(new AwsRootAccessKeyAgeRule(), SomeSnapshot.With(account), Fail(Some.AccountId)).Findings.Single();

        finding.Message.ShouldBe("The root user of AWS account contoso-prod has an active access key older than 90 days: key 1 (rotated 2024-09-16, 800 days ago).");
        finding.Remediation!.ShouldContain($"aws sts assume-root --target-principal {Some.AccountId}");
    }

    [Fact]
    public void A_recent_root_key_passes()
    {
        RuleVerifier.Verify(new AwsRootAccessKeyAgeRule(), SomeSnapshot.With(Root(Key(1, 20), Key(2, 500, active: false))), Pass(Some.AccountId));
    }

    [Fact]
    public void Accounts_whose_root_has_no_active_key_are_not_applicable()
    {
        RuleVerifier.Verify(new AwsRootAccessKeyAgeRule(), SomeSnapshot.With(Some.AwsAccount()),
            NotApplicable(Some.AccountId, "no active access key"));
    }

    [Fact]
    public void Unread_root_row_or_an_undated_key_is_an_error_not_a_pass()
    {
        var unread = Some.AwsAccount() with { RootAccessKeys = null };

        RuleVerifier.Verify(new AwsRootAccessKeyAgeRule(), SomeSnapshot.With(unread), Error(Some.AccountId, "<root_account> row was not read"));
        RuleVerifier.Verify(new AwsRootAccessKeyAgeRule(), SomeSnapshot.With(Root(Key(1, null))), Error(Some.AccountId, "no last-rotated date"));
        RuleVerifier.Verify(new AwsRootAccessKeyAgeRule(), SomeSnapshot.With(Root(Key(1, null), Key(2, 400))), Fail(Some.AccountId));
    }

    [Fact]
    public void The_shared_max_age_applies_to_iam_users_and_root_alike()
    {
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["maxAccessKeyAgeDays"] = 30 },
        };
        var account = Root(Key(1, 45));
        var user = Some.IamUser() with { AccessKeys = [Key(1, 45)] };

        RuleVerifier.Verify(new AwsRootAccessKeyAgeRule(), SomeSnapshot.With(account), config, Fail(Some.AccountId));
        RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(user), config, Fail(user.Arn!));
    }
}
