using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class AwsUserPolicyRulesTests
{
    [Fact]
    public void An_inline_policy_granting_everything_fails_the_direct_administrator_rule()
    {
        var inline = Some.IamUser("inline-admin") with { InlinePolicyNames = ["all"], AdministratorPolicies = ["inline:all"] };
        var customer = Some.IamUser("customer-admin") with
        {
            AttachedPolicyArns = [$"arn:aws:iam::{Some.AccountId}:policy/everything"], AdministratorPolicies = [$"arn:aws:iam::{Some.AccountId}:policy/everything"],
        };
        var plain = Some.IamUser();

        var evaluation = RuleVerifier.Verify(new AwsUserAdministratorAccessRule(), SomeSnapshot.With(inline, customer, plain),
            Fail(inline.Arn!), Fail(customer.Arn!), Pass(plain.Arn!));

        evaluation.Findings.Single(f => f.Resource.Id == inline.Arn).Remediation!.ShouldStartWith("aws iam delete-user-policy --user-name inline-admin --policy-name all");
    }

    [Fact]
    public void A_group_policy_read_as_administrator_is_a_note_for_the_review()
    {
        var viaGroup = Some.IamUser("ops") with { GroupAdministratorPolicies = ["inline:ops/iam-all"] };

        RuleVerifier.Verify(new AwsGroupAdministratorAccessRule(), SomeSnapshot.With(viaGroup), Fail(viaGroup.Arn!));
    }

    [Fact]
    public void Users_with_policies_of_their_own_are_noted_users_with_only_groups_pass()
    {
        var attached = Some.IamUser("direct") with { AttachedPolicyArns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"] };
        var inline = Some.IamUser("inline") with { InlinePolicyNames = ["s3-read"] };
        var grouped = Some.IamUser("grouped") with { GroupPolicyArns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"] };
        var unknown = Some.IamUser("unknown") with { InlinePolicyNames = null };

        var evaluation = RuleVerifier.Verify(new AwsUserDirectPoliciesRule(), SomeSnapshot.With(attached, inline, grouped, unknown),
            Fail(attached.Arn!), Fail(inline.Arn!), Pass(grouped.Arn!), Error(unknown.Arn!, "GetAccountAuthorizationDetails"));

        evaluation.Severity.ShouldBe(Severity.Note);
        evaluation.Findings.Single(f => f.Resource.Id == inline.Arn).Message.ShouldBe("IAM user inline has policies of its own: inline:s3-read.");
    }

    [Fact]
    public void User_policies_not_collected_give_an_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsUserPolicies, "AccessDenied: iam:GetAccountAuthorizationDetails");

        RuleVerifier.Verify(new AwsUserDirectPoliciesRule(), SomeSnapshot.With(sources, Some.IamUser()), Error(Some.AwsSource, "AccessDenied"));
    }

    [Fact]
    public void Iam_users_with_credentials_are_noted_only_where_identity_center_is_in_use()
    {
        var console = Some.IamUser("console");
        var keyOnly = Some.IamUser("ci") with { PasswordEnabled = false, AccessKeys = [new AwsAccessKey { Slot = 1, Active = true }] };
        var none = Some.IamUser("dormant") with { PasswordEnabled = false };
        var config = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["AWS-IAM-10"] = new Dictionary<string, object> { ["identityCenterInUse"] = true },
            },
        };

        RuleVerifier.Verify(new AwsIamUserWithIdentityCenterRule(), SomeSnapshot.With(console, keyOnly, none),
            RuleNotApplicable("no resource is in scope (3 out of scope)"));
        var evaluation = RuleVerifier.Verify(new AwsIamUserWithIdentityCenterRule(), SomeSnapshot.With(console, keyOnly, none), config,
            Fail(console.Arn!), Fail(keyOnly.Arn!), Pass(none.Arn!));
        evaluation.Findings.Single(f => f.Resource.Id == keyOnly.Arn).Message
            .ShouldBe("IAM user ci has long-lived credentials (1 active access key(s)) although people sign in through IAM Identity Center.");
    }

    [Fact]
    public void Identity_center_rule_without_the_credential_report_is_an_error()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsCredentialReport, "AccessDenied: iam:GetCredentialReport");
        var config = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["AWS-IAM-10"] = new Dictionary<string, object> { ["identityCenterInUse"] = true },
            },
        };

        RuleVerifier.Verify(new AwsIamUserWithIdentityCenterRule(), SomeSnapshot.With(sources, Some.IamUser()), config, Error(Some.AwsSource, "AccessDenied"));
    }
}
