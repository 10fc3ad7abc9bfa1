using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS-IAM-08: a customer-managed policy allowing "*" on "*" is attached to a user, group or role (CIS AWS 1.16).</summary>
public sealed class AwsFullAccessPolicyRule : FactRule<AwsIamPolicy>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-IAM-08",
        Title = "Customer-managed policy allowing full access is attached",
        MessageFormat = "Customer-managed policy {resource} allows \"Action\": \"*\" on \"Resource\": \"*\" and is attached {attachmentCount} time(s).",
        PassMessageFormat = "Customer-managed policy {resource} does not allow \"*\" on \"*\".",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "A policy of the account's own that allows every action on every resource is an administrator grant under a " +
                      "name reviewers do not recognise as one. Least privilege starts with the policies: grant the actions the task " +
                      "needs, and grant administration only through AWS's AdministratorAccess where it is meant.",
        RemediationSummary = "Replace the statement with the actions and resources needed, or detach the policy from every user, group and role.",
        Controls = [Controls.PrivilegedAccess, Controls.AccessControl, Controls.AccessRights, Controls.OrgAccess, Controls.OrgAccessRights],
        Benchmarks = [new("CIS AWS 1.16", "IAM policies that allow full \"*:*\" administrative privileges are not attached"),
                      new("Prowler", "iam_customer_attached_policy_no_administrative_privileges"), new("AWS Security Hub", "IAM.1")],
        RequiredData = [Datasets.AwsRolesAndPolicies],
        Since = "0.2.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsIamPolicy, bool>> Scope => p => p.AttachmentCount > 0;

    protected override Expression<Func<AwsIamPolicy, bool>> DataPresent => p => p.AllowsFullAccess != null;

    protected override string MissingData(AwsIamPolicy policy) => "the policy's default version could not be read";

    protected override Expression<Func<AwsIamPolicy, bool>> Violation => p => p.AllowsFullAccess == true;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIamPolicy p) => Observations.Of(
        ("attachmentCount", p.AttachmentCount),
        ("allowsFullAccess", p.AllowsFullAccess));

    protected override string? CommandFor(AwsIamPolicy p)
    {
        return $"aws iam list-entities-for-policy --policy-arn {Shell.Sh(p.Arn)}";
    }

    protected override string RemediationFor(AwsIamPolicy p) =>
        $"aws iam list-entities-for-policy --policy-arn {Shell.Sh(p.Arn)} shows who holds it; write a version granting only what they need " +
        $"(aws iam create-policy-version --policy-arn {Shell.Sh(p.Arn)} --policy-document file://least-privilege.json --set-as-default), " +
        "or detach it (detach-user-policy / detach-group-policy / detach-role-policy) where administration is not intended.";
}
