using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS-ROLE-01: a role's trust policy lets any principal, or an account outside the organisation, assume it without a guarding condition.</summary>
public sealed class AwsRoleOpenTrustRule : FactRule<AwsIamRole>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-ROLE-01",
        Title = "AWS role assumable from outside the organisation without a condition",
        MessageFormat = "IAM role {resource} can be assumed by {unconditionedAccounts} without an sts:ExternalId or aws:PrincipalOrgID condition.",
        PassMessageFormat = "IAM role {resource} cannot be assumed from outside the organisation without a condition.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "A role whose trust policy names any principal (\"*\") or another account outside the organisation, with no " +
                      "sts:ExternalId or aws:PrincipalOrgID condition, hands its permissions to whoever controls that account — or to " +
                      "anyone at all. Access from outside is granted deliberately: to a known account, guarded by an external id.",
        RemediationSummary = "Restrict the trust policy's Principal to the accounts that need the role and add an sts:ExternalId (third parties) or aws:PrincipalOrgID condition.",
        Controls = [Controls.AccessControl, Controls.AccessRights, Controls.PrivilegedAccess, Controls.OrgAccessRights, Controls.OrgAccess],
        Benchmarks = [new("Prowler", "iam_role_cross_account_readonlyaccess_policy"), new("AWS Security Hub", "IAM.21 (confused deputy)")],
        RequiredData = [Datasets.AwsRolesAndPolicies],
        Since = "0.2.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    // Service-linked roles are created and trusted by AWS itself and cannot be edited.
    protected override Expression<Func<AwsIamRole, bool>> Scope => r => !r.IsServiceLinked;

    protected override Expression<Func<AwsIamRole, bool>> DataPresent => r => r.TrustPolicyRead;

    protected override string MissingData(AwsIamRole role) => "the role's trust policy could not be read (AssumeRolePolicyDocument is not a JSON policy)";

    protected override Expression<Func<AwsIamRole, bool>> Violation => r => r.UnconditionedExternalAccounts.Count > 0;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIamRole r) => Observations.Of(
        ("unconditionedAccounts", r.UnconditionedExternalAccounts.Count == 0 ? null : string.Join(", ", r.UnconditionedExternalAccounts)),
        ("externalAccounts", r.ExternalAccounts),
        ("trustsAnyPrincipal", r.TrustsAnyPrincipal));

    protected override string? CommandFor(AwsIamRole r)
    {
        return $"aws iam get-role --role-name {Shell.Sh(r.RoleName)} --query Role.AssumeRolePolicyDocument";
    }

    protected override string RemediationFor(AwsIamRole r) =>
        $"aws iam get-role --role-name {Shell.Sh(r.RoleName)} --query Role.AssumeRolePolicyDocument, then aws iam update-assume-role-policy --role-name {Shell.Sh(r.RoleName)} " +
        "--policy-document file://trust.json with Principal limited to the accounts that need it and a Condition " +
        "{\"StringEquals\": {\"sts:ExternalId\": \"<agreed id>\"}} for a third party, or {\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-…\"}} for your own organisation" +
        (r.TrustsAnyPrincipal ? "; never \"Principal\": \"*\" without a condition." : ".");
}
