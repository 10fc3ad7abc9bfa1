using System.Linq.Expressions;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.People;

/// <summary>PERSON-ORPHAN-02: an IAM Identity Center user holding an administrator permission set links to no person.</summary>
public sealed class OrphanIdentityCenterAdministratorRule : FactRule<IdentityCenterIdentity>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "PERSON-ORPHAN-02",
        Title = "AWS Identity Center administrator that links to no person",
        MessageFormat = "{resource} holds {assignments} but links to no Entra user: no external id, user name or email of a person in the directory.",
        PassMessageFormat = "{resource} holds {assignments} and belongs to {linkTarget} ({linkMethod}).",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "PERSON-ORPHAN-01 for IAM Identity Center: an administrator nobody owns is never reviewed and never removed when its " +
                      "owner leaves. Every Identity Center user assigned a permission set that grants administration (AdministratorAccess, or " +
                      "an inline policy the collector reads as equivalent), directly or through a group, in any account, must link to an " +
                      "Entra user: by its external id (Microsoft Entra provisioning writes the Entra object id there), else its user name " +
                      "as a user principal name, else one of its emails. Read only where an AWS source names identityCenterRegion.",
        RemediationSummary = "Provision the administrator from Microsoft Entra ID (SCIM) or remove its administrator assignments; delete the user if nobody owns it.",
        Controls = PersonControls.All,
        Since = "0.5.0",
        Benchmarks = [new("AWS Well-Architected", "SEC02-BP04 Rely on a centralized identity provider")],
        RequiredData = [Datasets.AwsIdentityCenter, Datasets.AwsIdentityCenterAssignments, Datasets.EntraUsers],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<IdentityCenterIdentity, bool>> Scope => i => i.IsAdministrator != false;

    protected override Expression<Func<IdentityCenterIdentity, bool>> DataPresent => i => i.IsAdministrator != null;

    protected override string MissingData(IdentityCenterIdentity i) => "the account assignments of the administrator permission sets were not read";

    protected override Expression<Func<IdentityCenterIdentity, bool>> Violation => i => i.State == LinkState.Unlinked;

    // Missing assignments could only add administrator rights; only the directory or the users themselves could link it.
    protected override bool FailStandsWithout(IdentityCenterIdentity i, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) =>
        !missing.Contains(Datasets.EntraUsers) && !missing.Contains(Datasets.AwsIdentityCenter);

    protected override IReadOnlyDictionary<string, object?> Observed(IdentityCenterIdentity i) => Observations.Of(
        ("assignments", IdentityCenterText.Assignments(i.User)),
        ("linkTarget", i.LinkTarget),
        ("linkMethod", i.LinkMethod),
        ("externalIds", i.User.ExternalIds.Select(e => e.Id).ToList()),
        ("emails", i.User.Emails));

    protected override string RemediationFor(IdentityCenterIdentity i) =>
        $"Find the owner of Identity Center user {i.User.UserName} (CloudTrail: who created it, who signs in with it). If it is a person, " +
        "provision them from Microsoft Entra ID (enterprise app 'AWS IAM Identity Center', automatic provisioning) and assign the permission " +
        "set to the provisioned user or group instead; otherwise remove its assignments (" +
        string.Join("; ", (i.User.AdministratorAssignments ?? []).Where(a => a.GroupId is null).Select(a =>
            $"aws sso-admin delete-account-assignment --instance-arn {Shell.Sh(i.User.InstanceArn)} --target-id {Shell.Sh(a.AccountId)} --target-type AWS_ACCOUNT " +
            $"--permission-set-arn {Shell.Sh(a.PermissionSetArn)} --principal-type USER --principal-id {Shell.Sh(i.User.UserId)}")) +
        $") and its group memberships, then aws identitystore delete-user --identity-store-id {Shell.Sh(i.User.IdentityStoreId)} --user-id {Shell.Sh(i.User.UserId)}.";
}
