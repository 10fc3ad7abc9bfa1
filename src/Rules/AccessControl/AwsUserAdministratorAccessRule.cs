using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS-IAM-05: full administration granted to an IAM user by a policy of its own: AdministratorAccess, or any
/// attached or inline policy the collector read as administrator-equivalent.</summary>
public sealed class AwsUserAdministratorAccessRule : FactRule<AwsIamUser>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-IAM-05",
        Title = "AdministratorAccess attached directly to an AWS user",
        MessageFormat = "IAM user {resource} has AdministratorAccess attached directly ({administratorPolicies}).",
        PassMessageFormat = "IAM user {resource} has no AdministratorAccess policy attached directly.",
        Since = "0.2.0",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Full administrator rights attached straight to a long-lived IAM user are standing privileged access that no " +
                      "group or role review sees. Privileged access is granted through groups or, better, through roles with " +
                      "temporary credentials (IAM Identity Center permission sets).",
        RemediationSummary = "Detach AdministratorAccess from the user; grant administration through an IAM Identity Center permission set or a role assumed with MFA.",
        Controls = [Controls.PrivilegedAccess, Controls.CloudPrivilegedAccess, Controls.AccessRights, Controls.OrgAccess],
        Benchmarks = [new("CIS AWS 1.15", "IAM users receive permissions only through groups"), new("Prowler", "iam_user_administrator_access_policy"),
                      new("AWS Config", "iam-user-no-policies-check")],
        RequiredData = [Datasets.AwsUserPolicies],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsIamUser, bool>> DataPresent => u => u.AttachedPolicyArns != null;

    protected override string MissingData(AwsIamUser user) => "the user's attached policies were not listed (GetAccountAuthorizationDetails)";

    // AdministratorPolicies is the collector's reading of every document (null in snapshots before it existed).
    protected override Expression<Func<AwsIamUser, bool>> Violation => u =>
        u.AttachedPolicyArns!.Any(arn => AwsManagedPolicies.IsAdministratorAccess(arn)) || (u.AdministratorPolicies != null && u.AdministratorPolicies.Count > 0);

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIamUser u) => Observations.Of(
        ("administratorPolicies", AwsManagedPolicies.Administrator(u.AttachedPolicyArns, u.AdministratorPolicies)),
        ("attachedPolicyArns", u.AttachedPolicyArns),
        ("inlinePolicyNames", u.InlinePolicyNames));

    protected override string? CommandFor(AwsIamUser u)
    {
        var admin = AwsManagedPolicies.Administrator(u.AttachedPolicyArns, u.AdministratorPolicies);
        var arn = admin.FirstOrDefault(a => !a.StartsWith("inline:", StringComparison.Ordinal));
        var inline = admin.FirstOrDefault(a => a.StartsWith("inline:", StringComparison.Ordinal));
        return arn is not null || inline is null
            ? $"aws iam detach-user-policy --user-name {Shell.Sh(u.UserName)} --policy-arn {Shell.Sh(arn ?? AwsManagedPolicies.AdministratorAccess)}"
            : $"aws iam delete-user-policy --user-name {Shell.Sh(u.UserName)} --policy-name {Shell.Sh(inline["inline:".Length..])}";
    }

    protected override string RemediationFor(AwsIamUser u)
    {
        var admin = AwsManagedPolicies.Administrator(u.AttachedPolicyArns, u.AdministratorPolicies);
        var arn = admin.FirstOrDefault(a => !a.StartsWith("inline:", StringComparison.Ordinal));
        var inline = admin.FirstOrDefault(a => a.StartsWith("inline:", StringComparison.Ordinal));
        var step = arn is not null || inline is null
            ? $"aws iam detach-user-policy --user-name {Shell.Sh(u.UserName)} --policy-arn {Shell.Sh(arn ?? AwsManagedPolicies.AdministratorAccess)}"
            : $"aws iam delete-user-policy --user-name {Shell.Sh(u.UserName)} --policy-name {Shell.Sh(inline["inline:".Length..])}";
        return $"{step}. If {u.UserName} needs to administer the account, " +
               "give the person an IAM Identity Center permission set (or a role they assume with MFA) instead; " +
               "console: IAM > Users > the user > Permissions > Remove.";
    }
}
