using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class AwsRoleRulesTests
{
    private const string Admin = "arn:aws:iam::aws:policy/AdministratorAccess";

    [Fact]
    public void A_role_open_to_anyone_or_an_outside_account_without_a_condition_fails()
    {
        var open = Some.IamRole("open") with { TrustsAnyPrincipal = true, ExternalAccounts = ["*"], UnconditionedExternalAccounts = ["*"] };
        var partner = Some.IamRole("partner") with { ExternalAccounts = ["444455556666"], UnconditionedExternalAccounts = ["444455556666"] };
        var vendor = Some.IamRole("vendor") with { ExternalAccounts = ["999988887777"] };
        var local = Some.IamRole("local");

        var evaluation = RuleVerifier.Verify(new AwsRoleOpenTrustRule(), SomeSnapshot.With(open, partner, vendor, local),
            Fail(open.Arn), Fail(partner.Arn), Pass(vendor.Arn), Pass(local.Arn));

        var finding = evaluation.Findings.Single(f => f.Resource.Id == partner.Arn);
        finding.Message.ShouldBe($"IAM role partner can be assumed by 444455556666 without an sts:ExternalId or aws:PrincipalOrgID condition.");
        finding.Remediation!.ShouldContain("aws iam update-assume-role-policy --role-name partner");
    }

    [Fact]
    public void Service_linked_roles_are_out_of_scope_and_an_unreadable_trust_policy_is_an_error()
    {
        var linked = Some.IamRole("AWSServiceRoleForSupport") with { Path = "/aws-service-role/support.amazonaws.com/", UnconditionedExternalAccounts = ["*"] };
        var unreadable = Some.IamRole("broken") with { TrustPolicyRead = false };

        RuleVerifier.Verify(new AwsRoleOpenTrustRule(), SomeSnapshot.With(linked), RuleNotApplicable("no resource is in scope (1 out of scope)"));
        RuleVerifier.Verify(new AwsRoleOpenTrustRule(), SomeSnapshot.With(unreadable), Error(unreadable.Arn, "trust policy could not be read"));
    }

    [Fact]
    public void Roles_not_collected_give_an_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsRolesAndPolicies, "AccessDenied: iam:GetAccountAuthorizationDetails");

        RuleVerifier.Verify(new AwsRoleOpenTrustRule(), SomeSnapshot.With(sources, Some.IamRole()), Error(Some.AwsSource, "AccessDenied"));
        RuleVerifier.Verify(new AwsExternalAdministratorRoleRule(), SomeSnapshot.With(sources, Some.IamRole()), Error(Some.AwsSource, "AccessDenied"));
        RuleVerifier.Verify(new AwsFullAccessPolicyRule(), SomeSnapshot.With(sources, Some.IamPolicy()), Error(Some.AwsSource, "AccessDenied"));
    }

    [Fact]
    public void An_administrator_role_an_outside_account_can_assume_fails_even_with_an_external_id()
    {
        var vendorAdmin = Some.IamRole("vendor-admin") with { ExternalAccounts = ["999988887777"], AdministratorPolicies = [Admin] };
        var vendorReader = Some.IamRole("vendor-reader") with { ExternalAccounts = ["999988887777"] };
        var localAdmin = Some.IamRole("break-glass") with { AdministratorPolicies = ["inline:all"] };
        var unknown = Some.IamRole("unknown") with { ExternalAccounts = ["999988887777"], AdministratorPolicies = null };

        var evaluation = RuleVerifier.Verify(new AwsExternalAdministratorRoleRule(), SomeSnapshot.With(vendorAdmin, vendorReader, localAdmin, unknown),
            Fail(vendorAdmin.Arn), Pass(vendorReader.Arn), Pass(localAdmin.Arn), Error(unknown.Arn, "administrator rights are unknown"));

        var finding = evaluation.Findings.Single(f => f.Outcome == Engine.Evaluation.Outcome.Fail);
        finding.Message.ShouldBe($"IAM role vendor-admin grants full administration ({Admin}) and can be assumed from 999988887777.");
        finding.Remediation!.ShouldStartWith($"aws iam detach-role-policy --role-name vendor-admin --policy-arn {Admin}");
    }

    [Fact]
    public void An_attached_customer_policy_allowing_everything_fails_an_unattached_one_is_out_of_scope()
    {
        var attached = Some.IamPolicy("everything") with { AllowsFullAccess = true, GrantsAdministration = true, AttachmentCount = 2 };
        var unattached = Some.IamPolicy("spare") with { AllowsFullAccess = true, AttachmentCount = 0 };
        var scoped = Some.IamPolicy("deploy");
        var unread = Some.IamPolicy("unread") with { AllowsFullAccess = null };

        RuleVerifier.Verify(new AwsFullAccessPolicyRule(), SomeSnapshot.With(attached, unattached, scoped, unread),
            Fail(attached.Arn), Pass(scoped.Arn), Error(unread.Arn, "default version could not be read"));
        RuleVerifier.Verify(new AwsFullAccessPolicyRule(), SomeSnapshot.With(unattached), RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }
}
