using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS-IAM-07: an IAM user holds full administration through one of its groups (AdministratorAccess or any group
/// policy read as administrator-equivalent); listed for the privileged-access review.</summary>
public sealed class AwsGroupAdministratorAccessRule : FactRule<AwsIamUser>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-IAM-07",
        Title = "AWS user holds AdministratorAccess through a group",
        MessageFormat = "IAM user {resource} holds AdministratorAccess through a group ({administratorPolicies}): confirm it in the privileged-access review.",
        PassMessageFormat = "IAM user {resource} does not hold AdministratorAccess through a group.",
        Since = "0.2.0",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Note,
        Description = "Granting permissions through groups is the recommended pattern (CIS AWS 1.15), so this is not a violation by " +
                      "itself; but every long-lived IAM user with full administrator rights is standing privileged access that the " +
                      "periodic access review must confirm. Recorded at note severity; a confirmed holder is recorded as a waiver.",
        RemediationSummary = "Confirm the person still needs full administrator rights; otherwise remove the user from the group, or move administration to IAM Identity Center.",
        Controls = [Controls.PrivilegedAccess, Controls.AccessRights, Controls.OrgAccess, Controls.OrgAccessRights],
        Benchmarks = [new("Prowler", "iam_group_administrator_access_policy")],
        RequiredData = [Datasets.AwsUserPolicies],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsIamUser, bool>> DataPresent => u => u.GroupPolicyArns != null;

    protected override string MissingData(AwsIamUser user) =>
        "the policies of the user's groups were not listed (GetAccountAuthorizationDetails)";

    protected override Expression<Func<AwsIamUser, bool>> Violation => u =>
        u.GroupPolicyArns!.Any(arn => AwsManagedPolicies.IsAdministratorAccess(arn))
        || (u.GroupAdministratorPolicies != null && u.GroupAdministratorPolicies.Count > 0);

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIamUser u) => Observations.Of(
        ("administratorPolicies", AwsManagedPolicies.Administrator(u.GroupPolicyArns, u.GroupAdministratorPolicies)),
        ("groupPolicyArns", u.GroupPolicyArns));

    /// <summary>With the groups known (the collector names those whose policies grant administration), the command removes
    /// the user from them; otherwise it lists the user's groups to find them.</summary>
    protected override string? CommandFor(AwsIamUser u) => u.AdministratorGroups is { Count: > 0 } groups
        ? string.Join(" && ", groups.Select(g => $"aws iam remove-user-from-group --user-name {Shell.Sh(u.UserName)} --group-name {Shell.Sh(g)}"))
        : $"aws iam list-groups-for-user --user-name {Shell.Sh(u.UserName)}";

    protected override string RemediationFor(AwsIamUser u) => u.AdministratorGroups is { Count: > 0 } groups
        ? $"{u.UserName} is an administrator through group(s) {string.Join(", ", groups)}. If the access is still needed, record the review " +
          $"as a waiver for AWS-IAM-07 on {u.UserName} with an expiry; otherwise remove the user from the group(s): {CommandFor(u)}, " +
          "or move administration to an IAM Identity Center permission set."
        : $"Find the group: aws iam list-groups-for-user --user-name {Shell.Sh(u.UserName)}, then for each group aws iam list-attached-group-policies --group-name <group>. " +
          $"If the access is still needed, record the review as a waiver for AWS-IAM-07 on {u.UserName} with an expiry; otherwise " +
          $"aws iam remove-user-from-group --user-name {Shell.Sh(u.UserName)} --group-name <group>, or move administration to an IAM Identity Center permission set.";
}
