using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Rules.AccessControl;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

/// <summary>The key rules' fixes name the access-key id when the collector listed it (issue #14 item 6), else fall back to the generic text.</summary>
public sealed class AwsAccessKeyIdRemediationTests
{
    private static AwsAccessKey Key(int slot, double rotatedDaysAgo, string? id, double? usedDaysAgo = null) => new()
    {
        Slot = slot, Active = true, LastRotated = Some.Now.AddDays(-rotatedDaysAgo), AccessKeyId = id,
        LastUsed = usedDaysAgo is { } used ? Some.Now.AddDays(-used) : null,
    };

    [Fact]
    public void Rotation_fix_names_the_stale_key_id()
    {
        var user = Some.IamUser("deploy") with { AccessKeys = [Key(1, 10, "AKIAFRESH0000000000A", 1), Key(2, 200, "AKIASTALE0000000000B", 1)] };

        var fix = RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(user), Fail(user.Arn!)).Findings.Single().Remediation!;

        fix.ShouldContain("Rotate key 2 (AKIASTALE0000000000B) of deploy");
        fix.ShouldContain("aws iam update-access-key --user-name deploy --access-key-id AKIASTALE0000000000B --status Inactive");
        fix.ShouldContain("aws iam delete-access-key --user-name deploy --access-key-id AKIASTALE0000000000B");
        fix.ShouldNotContain("AKIAFRESH");
        fix.ShouldNotContain("list-access-keys");
    }

    [Fact]
    public void Without_the_id_the_rotation_fix_is_the_generic_one()
    {
        var user = Some.IamUser("deploy") with { AccessKeys = [Key(1, 200, null, 1)] };

        var fix = RuleVerifier.Verify(new AwsAccessKeyAgeRule(), SomeSnapshot.With(user), Fail(user.Arn!)).Findings.Single().Remediation!;

        fix.ShouldContain("find the old key's id with aws iam list-access-keys --user-name deploy");
        fix.ShouldContain("--access-key-id <key 1 id> --status Inactive");
    }

    [Fact]
    public void Unused_key_fix_deactivates_that_key_by_id()
    {
        var user = Some.IamUser("batch") with { PasswordEnabled = false, AccessKeys = [Key(1, 300, "AKIAUNUSED000000000C")] };

        var fix = RuleVerifier.Verify(new AwsUnusedCredentialsRule(), SomeSnapshot.With(user), Fail(user.Arn!)).Findings.Single().Remediation!;

        fix.ShouldContain("deactivate key 1: aws iam update-access-key --user-name batch --access-key-id AKIAUNUSED000000000C --status Inactive");
    }

    [Fact]
    public void Multiple_keys_fix_names_both_ids_to_check()
    {
        var user = Some.IamUser("ci") with { AccessKeys = [Key(1, 400, "AKIAONE0000000000001", 2), Key(2, 20, "AKIATWO0000000000002", 1)] };

        var fix = RuleVerifier.Verify(new AwsMultipleActiveKeysRule(), SomeSnapshot.With(user), Fail(user.Arn!)).Findings.Single().Remediation!;

        fix.ShouldContain("aws iam get-access-key-last-used --access-key-id AKIAONE0000000000001 and aws iam get-access-key-last-used --access-key-id AKIATWO0000000000002");
        // Key 2 was used last: the fix retires key 1 by its id (no "<other id>" to fill in), and so does the short command.
        fix.ShouldContain("aws iam update-access-key --user-name ci --access-key-id AKIAONE0000000000001 --status Inactive");
        fix.ShouldNotContain("<other id>");
        RuleVerifier.Verify(new AwsMultipleActiveKeysRule(), SomeSnapshot.With(user), Fail(user.Arn!)).Findings.Single().Command
            .ShouldBe("aws iam update-access-key --user-name ci --access-key-id AKIAONE0000000000001 --status Inactive");
    }

    [Fact]
    public void Hostile_user_names_and_ids_from_a_snapshot_are_quoted_as_one_shell_word()
    {
        Internal.Shell.Sh("deploy.bot@example.com").ShouldBe("deploy.bot@example.com");
        Internal.Shell.Sh("x; rm -rf /").ShouldBe("'x; rm -rf /'");
        Internal.Shell.Sh("it's").ShouldBe("'it'\\''s'");
    }
}
