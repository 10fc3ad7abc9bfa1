using System.Linq.Expressions;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.People;

/// <summary>PERSON-ORPHAN-01: an AWS IAM user with administrator rights links to no person.</summary>
public sealed class OrphanAwsAdministratorRule : FactRule<AwsIdentity>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "PERSON-ORPHAN-01",
        Title = "AWS administrator that links to no person",
        MessageFormat = "{resource} holds administrator rights ({administratorPolicies}) but links to no person: no mapping, no {tagKeys} tag and no name matching the convention.",
        PassMessageFormat = "{resource} holds administrator rights and belongs to {linkTarget} ({linkMethod}).",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "An administrator nobody owns is never reviewed and never removed when its owner leaves. Every AWS IAM user holding " +
                      "full administration (AdministratorAccess or an equivalent policy, directly or through a group) must link to a person: " +
                      "a line of the mapping file, an IAM tag naming the Entra user (email, owner, upn by default), or a name following the " +
                      "naming convention (identityLinks in rules.json). IAM Identity Center administrators are PERSON-ORPHAN-02's.",
        RemediationSummary = "Tag the IAM user with its owner's Entra user principal name (or add it to the mapping file); remove the user if nobody owns it.",
        Controls = PersonControls.All,
        Since = "0.5.0",
        Benchmarks = [new("CIS AWS 1.16", "IAM policies that allow full administrative privileges are not attached")],
        RequiredData = [Datasets.AwsUserPolicies, Datasets.EntraUsers],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsIdentity, bool>> Scope => i => i.AdministratorPolicies == null || i.AdministratorPolicies.Count > 0;

    protected override Expression<Func<AwsIdentity, bool>> DataPresent => i => i.AdministratorPolicies != null;

    protected override string MissingData(AwsIdentity i) => "the user's own or group policies were not read, so its administrator rights are unknown";

    protected override Expression<Func<AwsIdentity, bool>> Violation => i => i.State == LinkState.Unlinked;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIdentity i) => Observations.Of(
        ("administratorPolicies", i.AdministratorPolicies),
        ("linkTarget", i.LinkTarget),
        ("linkMethod", i.LinkMethod),
        ("tagKeys", i.IamUser.Tags is { Count: > 0 } tags ? string.Join("/", tags.Keys.Order(StringComparer.Ordinal)) + " tags, but no email/owner/upn" : "email/owner/upn"));

    protected override string RemediationFor(AwsIdentity i) =>
        $"Find the owner (CloudTrail: who created {i.IamUser.UserName} and who uses its keys), then tag it: aws iam tag-user --user-name {Shell.Sh(i.IamUser.UserName)} " +
        "--tags Key=email,Value=<owner's user principal name> (account " + i.IamUser.AccountId + "), or add a line to the identityLinks mapping file. " +
        "If nobody owns it, deactivate its keys and delete it; for people, prefer IAM Identity Center with a permission set over an IAM user.";
}
