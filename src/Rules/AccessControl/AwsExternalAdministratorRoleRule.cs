using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS-ROLE-02: a role with full administration that an account outside the organisation can assume.</summary>
public sealed class AwsExternalAdministratorRoleRule : FactRule<AwsIamRole>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-ROLE-02",
        Title = "AWS role with administrator rights assumable from outside the organisation",
        MessageFormat = "IAM role {resource} grants full administration ({administratorPolicies}) and can be assumed from {externalAccounts}.",
        PassMessageFormat = "IAM role {resource} does not combine administrator rights with trust in an outside account.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Full administrator rights — AdministratorAccess, any policy allowing * on *, or the IAM actions that let a " +
                      "principal grant itself anything — on a role an outside account may assume put the whole account in the hands " +
                      "of that account's administrators, external id or not. Outside parties get the least privilege their task needs.",
        RemediationSummary = "Replace the administrator policies on the role with the permissions the outside party needs, or stop trusting the outside account.",
        Controls = [Controls.PrivilegedAccess, Controls.CloudPrivilegedAccess, Controls.AccessRights, Controls.OrgAccess, Controls.OrgAccessRights],
        Benchmarks = [new("Prowler", "iam_role_administratoraccess_policy")],
        RequiredData = [Datasets.AwsRolesAndPolicies],
        Since = "0.2.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsIamRole, bool>> Scope => r => !r.IsServiceLinked;

    // An outside account is a failure even when another policy's document could not be read, and vice versa.
    protected override Expression<Func<AwsIamRole, bool>> DataPresent => r =>
        (r.TrustPolicyRead && r.AdministratorPolicies != null) || (r.TrustPolicyRead && r.ExternalAccounts.Count == 0)
        || (r.AdministratorPolicies != null && r.AdministratorPolicies.Count == 0);

    protected override string MissingData(AwsIamRole role) => role.TrustPolicyRead
        ? "a policy document of the role could not be read, so its administrator rights are unknown"
        : "the role's trust policy could not be read";

    protected override Expression<Func<AwsIamRole, bool>> Violation => r =>
        r.ExternalAccounts.Count > 0 && r.AdministratorPolicies != null && r.AdministratorPolicies.Count > 0;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIamRole r) => Observations.Of(
        ("administratorPolicies", r.AdministratorPolicies is { Count: > 0 } admin ? string.Join(", ", admin) : null),
        ("externalAccounts", r.ExternalAccounts.Count == 0 ? null : string.Join(", ", r.ExternalAccounts)),
        ("attachedPolicyArns", r.AttachedPolicyArns),
        ("inlinePolicyNames", r.InlinePolicyNames));

    protected override string? CommandFor(AwsIamRole r)
    {
        var steps = new List<string>();
        if (r.AdministratorPolicies?.FirstOrDefault(p => !p.StartsWith("inline:", StringComparison.Ordinal)) is { } attached)
            steps.Add($"aws iam detach-role-policy --role-name {Shell.Sh(r.RoleName)} --policy-arn {Shell.Sh(attached)}");
        if (r.AdministratorPolicies?.FirstOrDefault(p => p.StartsWith("inline:", StringComparison.Ordinal)) is { } inline)
            steps.Add($"aws iam delete-role-policy --role-name {Shell.Sh(r.RoleName)} --policy-name {Shell.Sh(inline["inline:".Length..])}");
        return steps.Count == 0 ? null : string.Join(" && ", steps);
    }

    protected override string RemediationFor(AwsIamRole r)
    {
        var attached = r.AdministratorPolicies?.FirstOrDefault(p => !p.StartsWith("inline:", StringComparison.Ordinal));
        var inline = r.AdministratorPolicies?.FirstOrDefault(p => p.StartsWith("inline:", StringComparison.Ordinal));
        var steps = new List<string>();
        if (attached is not null)
            steps.Add($"aws iam detach-role-policy --role-name {Shell.Sh(r.RoleName)} --policy-arn {Shell.Sh(attached)}");
        if (inline is not null)
            steps.Add($"aws iam delete-role-policy --role-name {Shell.Sh(r.RoleName)} --policy-name {Shell.Sh(inline["inline:".Length..])}");
        return $"{string.Join("; ", steps)}; then attach only the permissions the outside party needs — or, if it needs none, remove " +
               $"its account from the trust policy (aws iam update-assume-role-policy --role-name {Shell.Sh(r.RoleName)}).";
    }
}
