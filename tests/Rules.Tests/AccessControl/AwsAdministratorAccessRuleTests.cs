using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class AwsAdministratorAccessRuleTests
{
    private const string Admin = "arn:aws:iam::aws:policy/AdministratorAccess";
    private const string ReadOnly = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    [Fact]
    public void Directly_attached_administrator_access_fails_other_policies_pass()
    {
        var admin = Some.IamUser("alice") with { AttachedPolicyArns = [ReadOnly, Admin] };
        var reader = Some.IamUser() with { AttachedPolicyArns = [ReadOnly] };
        var viaGroup = Some.IamUser() with { GroupPolicyArns = [Admin] };

        var evaluation = RuleVerifier.Verify(new AwsUserAdministratorAccessRule(), SomeSnapshot.With(admin, reader, viaGroup),
            Fail(admin.Arn!), Pass(reader.Arn!), Pass(viaGroup.Arn!));

        evaluation.Findings.Single().Remediation!.ShouldStartWith($"aws iam detach-user-policy --user-name alice --policy-arn {Admin}");
    }

    [Fact]
    public void Administrator_access_is_recognised_in_other_partitions_but_a_customer_policy_of_that_name_is_not()
    {
        var govCloud = Some.IamUser() with { AttachedPolicyArns = ["arn:aws-us-gov:iam::aws:policy/AdministratorAccess"] };
        var customer = Some.IamUser() with { AttachedPolicyArns = [$"arn:aws:iam::{Some.AccountId}:policy/AdministratorAccess"] };

        RuleVerifier.Verify(new AwsUserAdministratorAccessRule(), SomeSnapshot.With(govCloud, customer), Fail(govCloud.Arn!), Pass(customer.Arn!));
    }

    [Fact]
    public void Attached_policies_not_listed_are_an_error()
    {
        var user = Some.IamUser() with { AttachedPolicyArns = null };

        RuleVerifier.Verify(new AwsUserAdministratorAccessRule(), SomeSnapshot.With(user), Error(user.Arn!, "GetAccountAuthorizationDetails"));
    }

    [Fact]
    public void User_policies_not_collected_give_an_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsUserPolicies, "AccessDenied: iam:ListAttachedUserPolicies");

        RuleVerifier.Verify(new AwsUserAdministratorAccessRule(), SomeSnapshot.With(sources, Some.IamUser()), Error(Some.AwsSource, "AccessDenied"));
        RuleVerifier.Verify(new AwsGroupAdministratorAccessRule(), SomeSnapshot.With(sources, Some.IamUser()), Error(Some.AwsSource, "AccessDenied"));
    }

    [Fact]
    public void Administrator_access_through_a_group_is_a_note_for_the_access_review()
    {
        var viaGroup = Some.IamUser("ops") with { GroupPolicyArns = [ReadOnly, Admin] };
        var direct = Some.IamUser() with { AttachedPolicyArns = [Admin] };

        var evaluation = RuleVerifier.Verify(new AwsGroupAdministratorAccessRule(), SomeSnapshot.With(viaGroup, direct), Fail(viaGroup.Arn!), Pass(direct.Arn!));

        evaluation.Severity.ShouldBe(Severity.Note);
        var finding = evaluation.Findings.Single();
        finding.Message.ShouldBe($"IAM user ops holds AdministratorAccess through a group ({Admin}): confirm it in the privileged-access review.");
        finding.Remediation!.ShouldContain("aws iam list-groups-for-user --user-name ops");
    }

    [Fact]
    public void Group_policies_not_listed_are_an_error()
    {
        var user = Some.IamUser() with { GroupPolicyArns = null };

        var evaluation = RuleVerifier.Verify(new AwsGroupAdministratorAccessRule(), SomeSnapshot.With(user), Error(user.Arn!, "policies of the user's groups"));

        evaluation.Count(Outcome.Pass).ShouldBe(0);
    }

    [Fact]
    public void The_fix_names_the_administrators_group_when_the_collector_read_it()
    {
        var named = Some.IamUser("ops") with { GroupPolicyArns = [Admin], GroupAdministratorPolicies = [Admin, "inline:break glass/all"], AdministratorGroups = ["admins", "break glass"] };
        var older = Some.IamUser("legacy") with { GroupPolicyArns = [Admin], AdministratorGroups = null };

        var evaluation = RuleVerifier.Verify(new AwsGroupAdministratorAccessRule(), SomeSnapshot.With(named, older), Fail(named.Arn!), Fail(older.Arn!));

        var fix = evaluation.Findings.Single(f => f.Resource.DisplayName == "ops");
        fix.Command.ShouldBe("aws iam remove-user-from-group --user-name ops --group-name admins && aws iam remove-user-from-group --user-name ops --group-name 'break glass'");
        fix.Remediation!.ShouldContain("through group(s) admins, break glass");
        fix.Remediation!.ShouldNotContain("<group>");
        var unknown = evaluation.Findings.Single(f => f.Resource.DisplayName == "legacy");
        unknown.Command.ShouldBe("aws iam list-groups-for-user --user-name legacy");
        unknown.Remediation!.ShouldContain("--group-name <group>", Case.Sensitive, "a snapshot without administratorGroups keeps the lookup");
    }
}
