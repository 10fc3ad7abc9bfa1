using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS-IAM-09: an IAM user has policies of its own (attached or inline) instead of receiving them through groups or roles (CIS AWS 1.15).</summary>
public sealed class AwsUserDirectPoliciesRule : FactRule<AwsIamUser>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-IAM-09",
        Title = "AWS user with policies attached directly",
        MessageFormat = "IAM user {resource} has policies of its own: {policies}.",
        PassMessageFormat = "IAM user {resource} receives its permissions only through groups or roles.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Note,
        Description = "Permissions given to each user one by one drift apart and escape the review of group and role memberships; " +
                      "granting them through groups (or roles) keeps them in a few places a review can read. Recorded at note severity.",
        RemediationSummary = "Move the user's permissions into a group (or a role) and remove the user's own attached and inline policies.",
        Controls = [Controls.AccessControl, Controls.AccessRights, Controls.OrgAccessRights, Controls.OrgAccess],
        Benchmarks = [new("CIS AWS 1.15", "IAM users receive permissions only through groups"), new("AWS Config", "iam-user-no-policies-check"),
                      new("Prowler", "iam_policy_attached_only_to_group_or_roles")],
        RequiredData = [Datasets.AwsUserPolicies],
        Since = "0.2.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsIamUser, bool>> DataPresent => u => u.AttachedPolicyArns != null && u.InlinePolicyNames != null;

    protected override string MissingData(AwsIamUser user) => "the user's attached and inline policies were not listed (GetAccountAuthorizationDetails)";

    protected override Expression<Func<AwsIamUser, bool>> Violation => u => u.AttachedPolicyArns!.Count > 0 || u.InlinePolicyNames!.Count > 0;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIamUser u) => Observations.Of(
        ("policies", Policies(u) is { Count: > 0 } all ? string.Join(", ", all) : null),
        ("attachedPolicyArns", u.AttachedPolicyArns),
        ("inlinePolicyNames", u.InlinePolicyNames));

    protected override string? CommandFor(AwsIamUser u)
    {
        var steps = (u.AttachedPolicyArns ?? []).Select(a => $"aws iam detach-user-policy --user-name {Shell.Sh(u.UserName)} --policy-arn {Shell.Sh(a)}")
            .Concat((u.InlinePolicyNames ?? []).Select(n => $"aws iam delete-user-policy --user-name {Shell.Sh(u.UserName)} --policy-name {Shell.Sh(n)}"))
            .ToList();
        return steps.Count == 0 ? null : string.Join(" && ", steps);
    }

    protected override string RemediationFor(AwsIamUser u) =>
        $"Put {u.UserName} in a group that holds the permissions (aws iam add-user-to-group --group-name <group> --user-name {Shell.Sh(u.UserName)}), then " +
        string.Join("; ", (u.AttachedPolicyArns ?? []).Select(a => $"aws iam detach-user-policy --user-name {Shell.Sh(u.UserName)} --policy-arn {Shell.Sh(a)}")
            .Concat((u.InlinePolicyNames ?? []).Select(n => $"aws iam delete-user-policy --user-name {Shell.Sh(u.UserName)} --policy-name {Shell.Sh(n)}"))) + ".";

    private static List<string> Policies(AwsIamUser u) =>
        [.. u.AttachedPolicyArns ?? [], .. (u.InlinePolicyNames ?? []).Select(n => $"inline:{n}")];
}
