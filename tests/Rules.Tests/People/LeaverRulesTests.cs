using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.People;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.People;

public sealed class LeaverRulesTests
{
    private static AzureRoleHolder Holder(string principalId, string? type = "User", string role = "Owner") =>
        new() { PrincipalId = principalId, PrincipalType = type, RoleName = role, Scope = $"/subscriptions/{Some.SubscriptionId}" };

    private static AzureSubscription Subscription(params AzureRoleHolder[] holders) =>
        Some.AzureSubscription() with { PrivilegedRoleHolders = holders, DirectoryUsersRead = true };

    [Fact]
    public void Azure_roles_of_disabled_and_deleted_principals_fail_enabled_users_pass_a_group_never_read_is_Error()
    {
        var enabled = Some.User();
        var disabled = Some.User() with { AccountEnabled = false };
        var subscription = Subscription(Holder(enabled.Id), Holder(disabled.Id, role: "User Access Administrator"),
            Holder("dead0000-0000-0000-0000-000000000001", "Unknown", "Contributor"), Holder("00000000-0000-0000-0000-0000000000ff"),
            Holder("9999aaaa-0000-0000-0000-000000000001", "Group"), Holder("5e6f0000-0000-0000-0000-000000000001", "ServicePrincipal"));

        var evaluation = RuleVerifier.Verify(new AzureLeaverAssignmentRule(), SomeSnapshot.With(enabled, disabled, subscription),
            Pass(enabled.Id), Fail(disabled.Id), Fail("dead0000-0000-0000-0000-000000000001"), Fail("00000000-0000-0000-0000-0000000000ff"),
            Error("9999aaaa-0000-0000-0000-000000000001", "were not read"));

        var leaver = evaluation.Findings.Single(f => f.Resource.Id == disabled.Id);
        leaver.Message.ShouldContain("is disabled in Entra ID but still holds User Access Administrator");
        leaver.Remediation!.ShouldContain($"az role assignment delete --assignee {disabled.Id} --role 'User Access Administrator'");
    }

    [Fact]
    public void A_user_the_directory_was_not_read_for_is_Error_and_an_unread_directory_makes_passes_Error()
    {
        var enabled = Some.User();
        var unread = Subscription(Holder(enabled.Id), Holder("00000000-0000-0000-0000-0000000000fe")) with { DirectoryUsersRead = false };
        RuleVerifier.Verify(new AzureLeaverAssignmentRule(), SomeSnapshot.With(enabled, unread),
            Pass(enabled.Id), Error("00000000-0000-0000-0000-0000000000fe", "was not read completely"));

        var disabled = Some.User() with { AccountEnabled = false };
        var gap = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraUsers, "403 Forbidden");
        // The seen leaver stands; the pass cannot be told from what the unread users might say.
        RuleVerifier.Verify(new AzureLeaverAssignmentRule(), SomeSnapshot.With(gap, enabled, disabled, Subscription(Holder(enabled.Id), Holder(disabled.Id))),
            Fail(disabled.Id), Error(Some.EntraSource, "entra.users"));
    }

    [Fact]
    public void No_Azure_source_is_not_applicable() =>
        RuleVerifier.Verify(new AzureLeaverAssignmentRule(), SomeSnapshot.With([SomeSnapshot.Source(Some.EntraSource, "entra", Some.TenantId)], Some.User()),
            RuleNotApplicable("no resource is in scope"));

    private static AwsIamUser Tagged(string owner, bool password = false, bool key = false) => Some.IamUser() with
    {
        PasswordEnabled = password,
        AccessKeys = key ? [new AwsAccessKey { Slot = 1, Active = true, LastUsed = Some.Now.AddDays(-2), AccessKeyId = "AKIAEXAMPLE000000001" }] : [],
        Tags = new Dictionary<string, string> { ["email"] = owner },
    };

    [Fact]
    public void A_leavers_IAM_user_with_a_live_key_or_password_fails_without_passes_and_unlinked_users_are_out_of_scope()
    {
        var leaver = Some.User() with { AccountEnabled = false };
        var colleague = Some.User();
        var liveKey = Tagged(leaver.UserPrincipalName, key: true);
        var console = Tagged("gone@contoso.example", password: true);
        var cleaned = Tagged(leaver.UserPrincipalName);
        var active = Tagged(colleague.UserPrincipalName, password: true);
        var orphan = Some.IamUser();

        var evaluation = RuleVerifier.Verify(new AwsLeaverCredentialsRule(), SomeSnapshot.With(leaver, colleague, liveKey, console, cleaned, active, orphan),
            Fail(liveKey.Arn!), Fail(console.Arn!), Pass(cleaned.Arn!), Pass(active.Arn!));

        var finding = evaluation.Findings.Single(f => f.Resource.Id == liveKey.Arn);
        finding.Message.ShouldContain($"belongs to {leaver.UserPrincipalName} (tag:email), who is disabled in Entra ID, but still has active access key AKIAEXAMPLE000000001");
        finding.Remediation!.ShouldContain("aws iam update-access-key --user-name");
        evaluation.Findings.Single(f => f.Resource.Id == console.Arn).Message.ShouldContain("who is deleted");
    }

    [Fact]
    public void A_link_to_a_user_of_an_unread_directory_is_Error_not_a_leaver()
    {
        var console = Tagged("gone@contoso.example", password: true);
        var gap = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraUsers, "403 Forbidden");

        RuleVerifier.Verify(new AwsLeaverCredentialsRule(), SomeSnapshot.With(gap, Some.User(), console), Error(Some.EntraSource, "entra.users"));
    }

    [Fact]
    public void A_credential_report_gap_in_the_linked_account_makes_a_pass_Error()
    {
        var colleague = Some.User();
        var active = Tagged(colleague.UserPrincipalName, password: true);
        var gap = SomeSnapshot.WithScopeGap(Some.AwsSource, Datasets.AwsCredentialReport, DataScope.Item(active.Resource.Key), "line 4 does not parse");

        RuleVerifier.Verify(new AwsLeaverCredentialsRule(), SomeSnapshot.With(gap, colleague, active), Error(active.Arn!, "line 4 does not parse"));
    }
}
