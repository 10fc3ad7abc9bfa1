using System.Linq.Expressions;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.People;

/// <summary>PERSON-LEAVER-02: the IAM user of a disabled or deleted Entra user still has console access or an active access key.</summary>
public sealed class AwsLeaverCredentialsRule : FactRule<AwsIdentity>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "PERSON-LEAVER-02",
        Title = "Leaver's AWS IAM user still has live credentials",
        MessageFormat = "{resource} belongs to {linkTarget} ({linkMethod}), who is {state} in Entra ID, but still has {liveCredentials}.",
        PassMessageFormat = "{resource} belongs to {linkTarget} ({linkMethod}), who is {state}; no live credentials remain.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "The most common audit finding: a person who left still holds access somewhere else. Disabling the Entra account does not " +
                      "touch an AWS IAM user's console password or access keys, which keep working from anywhere. Each IAM user is linked to " +
                      "its person through the mapping file, an IAM tag (email, owner, upn by default) or the naming convention (identityLinks " +
                      "in rules.json); when the link names a disabled Entra user, or one the completely read directory no longer holds, the IAM " +
                      "user must have neither a console password nor an active access key. IAM users that link to nobody are PERSON-ORPHAN-01's.",
        RemediationSummary = "Delete the leaver's console password and deactivate (then delete) the access keys; delete the IAM user when nothing depends on it.",
        Controls = PersonControls.All,
        Since = "0.5.0",
        Benchmarks = [new("CIS AWS 1.12", "credentials unused for 45 days or more are disabled")],
        RequiredData = [Datasets.AwsCredentialReport, Datasets.AwsUserPolicies, Datasets.EntraUsers],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsIdentity, bool>> Scope => i => i.State != LinkState.Unlinked;

    protected override Expression<Func<AwsIdentity, bool>> DataPresent => i => i.State != LinkState.Unresolved;

    protected override string MissingData(AwsIdentity i) =>
        $"the link ({i.LinkMethod}) names {i.LinkTarget}, who is not among the Entra users read, and the directory was not read completely";

    protected override Expression<Func<AwsIdentity, bool>> Violation => i =>
        (i.State == LinkState.Disabled || i.State == LinkState.Deleted) && i.HasLiveCredentials;

    // Live credentials seen on a leaver's IAM user are a finding whatever the missing data holds.
    protected override bool FailStandsWithout(AwsIdentity i, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) => true;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIdentity i) => Observations.Of(
        ("linkTarget", i.LinkTarget),
        ("linkMethod", i.LinkMethod),
        ("state", i.State switch { LinkState.Disabled => "disabled", LinkState.Deleted => "deleted", _ => "enabled" }),
        ("liveCredentials", LiveCredentials(i)),
        ("passwordLastUsed", i.IamUser.PasswordLastUsed));

    private static IReadOnlyList<string> LiveCredentials(AwsIdentity i) =>
        [.. i.IamUser.PasswordEnabled ? ["console password"] : Array.Empty<string>(),
         .. i.IamUser.AccessKeys.Where(k => k.Active).Select(k => $"active access key {k.AccessKeyId ?? "in slot " + k.Slot}")];

    protected override string RemediationFor(AwsIdentity i)
    {
        var user = Shell.Sh(i.IamUser.UserName);
        var steps = new List<string>();
        if (i.IamUser.PasswordEnabled)
            steps.Add($"aws iam delete-login-profile --user-name {user}");
        foreach (var key in i.IamUser.AccessKeys.Where(k => k.Active))
            steps.Add($"aws iam update-access-key --user-name {user} --access-key-id {(key.AccessKeyId is { } id ? Shell.Sh(id) : "<key id from: aws iam list-access-keys --user-name " + user + ">")} --status Inactive");
        return $"In account {i.IamUser.AccountId}: {string.Join("; ", steps)}. Once nothing depends on the user, delete its keys and the user " +
               $"(aws iam delete-user --user-name {user} after removing its keys, policies and group memberships).";
    }
}
