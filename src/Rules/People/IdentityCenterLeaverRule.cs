using System.Linq.Expressions;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.People;

/// <summary>PERSON-LEAVER-03: the IAM Identity Center user of a disabled or deleted Entra user still holds an administrator assignment.</summary>
public sealed class IdentityCenterLeaverRule : FactRule<IdentityCenterIdentity>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "PERSON-LEAVER-03",
        Title = "Leaver's AWS Identity Center user still holds an administrator assignment",
        MessageFormat = "{resource} belongs to {linkTarget} ({linkMethod}), who is {state} in Entra ID, but still holds {assignments}.",
        PassMessageFormat = "{resource} belongs to {linkTarget} ({linkMethod}), who is {state}; it holds no administrator assignment.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Disabling a person in Entra ID stops their sign-in to the AWS access portal only while Entra stays the identity source " +
                      "and provisioning keeps up; the Identity Center user, its group memberships and its administrator assignments stay, " +
                      "and a password or a later change of identity source brings them back. Each Identity Center user is linked to its " +
                      "person by external id (the Entra object id Microsoft Entra provisioning writes), user name or email; when the person is " +
                      "disabled, or the completely read directory no longer holds the external id, the user must hold no assignment of an " +
                      "administrator permission set, directly or through a group. Identity Center users that link to nobody are PERSON-ORPHAN-02's.",
        RemediationSummary = "Remove the leaver's Identity Center user from the administrator groups and delete its direct assignments; delete the user.",
        Controls = PersonControls.All,
        Since = "0.5.0",
        Benchmarks = [new("AWS Well-Architected", "SEC03-BP04 Reduce permissions continuously")],
        RequiredData = [Datasets.AwsIdentityCenter, Datasets.AwsIdentityCenterAssignments, Datasets.EntraUsers],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<IdentityCenterIdentity, bool>> Scope => i => i.State != LinkState.Unlinked;

    protected override Expression<Func<IdentityCenterIdentity, bool>> DataPresent => i => i.State != LinkState.Unresolved && i.IsAdministrator != null;

    protected override string MissingData(IdentityCenterIdentity i) => i.State == LinkState.Unresolved
        ? $"the external id {i.LinkTarget} is not among the Entra users read, and the directory was not read completely"
        : "the account assignments of the administrator permission sets were not read";

    protected override Expression<Func<IdentityCenterIdentity, bool>> Violation => i =>
        (i.State == LinkState.Disabled || i.State == LinkState.Deleted) && i.IsAdministrator == true;

    // An administrator assignment seen on a leaver's user is a finding whatever the missing data holds.
    protected override bool FailStandsWithout(IdentityCenterIdentity i, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) => true;

    protected override IReadOnlyDictionary<string, object?> Observed(IdentityCenterIdentity i) => Observations.Of(
        ("linkTarget", i.LinkTarget),
        ("linkMethod", i.LinkMethod),
        ("state", i.State switch { LinkState.Disabled => "disabled", LinkState.Deleted => "deleted", _ => "enabled" }),
        ("assignments", IdentityCenterText.Assignments(i.User)));

    protected override string RemediationFor(IdentityCenterIdentity i)
    {
        var user = i.User;
        var steps = (user.AdministratorAssignments ?? []).Select(a => a.GroupId is { } group
            ? $"remove {user.UserName} from group {a.GroupName ?? group} (aws identitystore get-group-membership-id --identity-store-id {Shell.Sh(user.IdentityStoreId)} " +
              $"--group-id {Shell.Sh(group)} --member-id UserId={Shell.Sh(user.UserId)}, then aws identitystore delete-group-membership --identity-store-id {Shell.Sh(user.IdentityStoreId)} --membership-id <id>)"
            : $"aws sso-admin delete-account-assignment --instance-arn {Shell.Sh(user.InstanceArn)} --target-id {Shell.Sh(a.AccountId)} --target-type AWS_ACCOUNT " +
              $"--permission-set-arn {Shell.Sh(a.PermissionSetArn)} --principal-type USER --principal-id {Shell.Sh(user.UserId)}").Distinct(StringComparer.Ordinal);
        return $"{string.Join("; ", steps)}. Then delete the user (aws identitystore delete-user --identity-store-id {Shell.Sh(user.IdentityStoreId)} --user-id {Shell.Sh(user.UserId)}) " +
               "and make sure Microsoft Entra provisioning deprovisions leavers (scope the AWS IAM Identity Center app to assigned users and groups).";
    }
}
