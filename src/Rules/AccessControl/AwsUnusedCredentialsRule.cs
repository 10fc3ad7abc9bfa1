using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>
/// AWS-IAM-03: an IAM user has a console password or an active access key not used for <c>maxUnusedDays</c> days or more.
/// A credential never used counts from when it was set (password last changed, else user created; key last rotated).
/// </summary>
public sealed class AwsUnusedCredentialsRule : FactRule<AwsIamUser>
{
    public static readonly ParameterDescriptor MaxUnusedDays = ParameterDescriptor.Integer("maxUnusedDays", 45,
        "A password or active access key unused for this many days or more is flagged.", min: 1);

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-IAM-03",
        Title = "AWS credentials unused for too long",
        MessageFormat = "IAM user {resource} has credentials unused for {maxUnusedDays} days or more: {unusedCredentials}.",
        PassMessageFormat = "IAM user {resource} has used all its enabled credentials within the last {maxUnusedDays} days.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "A credential nobody uses is access nobody needs: it should be disabled (removal of access rights). Checks the " +
                      "console password and each active access key from the credential report; a credential never used counts from " +
                      "when it was set. Users with neither a password nor an active key are out of scope.",
        RemediationSummary = "Remove the unused console password and deactivate the unused access keys; delete the user if it has no owner.",
        Controls = [Controls.AccessRights, Controls.AuthenticationInformation, Controls.OrgAccessRights],
        Benchmarks = [new("CIS AWS 1.12", "credentials unused for 45 days or greater are disabled"), new("AWS Config", "iam-user-unused-credentials-check")],
        RequiredData = [Datasets.AwsCredentialReport],
        Parameters = [MaxUnusedDays],
    };

    private DateTimeOffset _unusedSince;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _unusedSince = now.AddDays(-parameters.Int(MaxUnusedDays));
    }

    protected override Expression<Func<AwsIamUser, bool>> Scope => u => u.PasswordEnabled || u.AccessKeys.Any(k => k.Active);

    // A credential known to be unused is a failure even when another one's dates are missing.
    protected override Expression<Func<AwsIamUser, bool>> DataPresent => u => EveryCredentialDated(u) || HasUnusedCredential(u);

    protected override string MissingData(AwsIamUser user) =>
        "the credential report gives neither a last-used nor a set date for an enabled credential of this user";

    protected override Expression<Func<AwsIamUser, bool>> Violation => u => HasUnusedCredential(u);

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIamUser u) => Observations.Of(
        ("unusedCredentials", UnusedCredentials(u)),
        ("passwordEnabled", u.PasswordEnabled),
        ("passwordLastUsed", u.PasswordLastUsed),
        ("activeKeys", u.AccessKeys.Where(k => k.Active).OrderBy(k => k.Slot).Select(k => AwsCredentialText.Used(k, Now)).ToList()),
        ("maxUnusedDays", Parameters.Int(MaxUnusedDays)));

    protected override string? CommandFor(AwsIamUser u)
    {
        var user = Shell.Sh(u.UserName);
        var steps = new List<string>();
        if (PasswordUnused(u))
            steps.Add($"aws iam delete-login-profile --user-name {user}");
        foreach (var key in UnusedKeys(u))
            steps.Add(key.AccessKeyId is { Length: > 0 } id
                ? $"aws iam update-access-key --user-name {user} --access-key-id {Shell.Sh(id)} --status Inactive"
                : $"aws iam list-access-keys --user-name {user}");
        return steps.Count == 0 ? null : string.Join(" && ", steps.Distinct(StringComparer.Ordinal));
    }

    protected override string RemediationFor(AwsIamUser u)
    {
        var user = Shell.Sh(u.UserName);
        var steps = new List<string>();
        if (PasswordUnused(u))
            steps.Add($"remove the console password: aws iam delete-login-profile --user-name {user}");
        foreach (var key in UnusedKeys(u))
            steps.Add(key.AccessKeyId is null
                ? $"deactivate key {key.Slot} (its id from aws iam list-access-keys --user-name {user}): " +
                  $"aws iam update-access-key --user-name {user} --access-key-id <key {key.Slot} id> --status Inactive"
                : $"deactivate key {key.Slot}: aws iam update-access-key --user-name {user} --access-key-id {AwsCredentialText.KeyId(key)} --status Inactive");
        return $"Confirm with the owner of {u.UserName} that the access is no longer needed, then {string.Join("; ", steps)}. " +
               "If the user has no owner at all, delete it (IAM > Users > the user > Delete).";
    }

    private List<string> UnusedCredentials(AwsIamUser u)
    {
        var unused = new List<string>();
        if (PasswordUnused(u))
            unused.Add(u.PasswordLastUsed is null
                ? $"console password (never used, set {AwsCredentialText.Date(u.PasswordLastChanged ?? u.CreatedAt)})"
                : $"console password (last used {AwsCredentialText.Date(u.PasswordLastUsed)})");
        unused.AddRange(UnusedKeys(u).Select(k => AwsCredentialText.Used(k, Now)));
        return unused;
    }

    private static bool EveryCredentialDated(AwsIamUser u) =>
        (!u.PasswordEnabled || (u.PasswordLastUsed ?? u.PasswordLastChanged ?? u.CreatedAt) != null)
        && u.AccessKeys.All(k => !k.Active || (k.LastUsed ?? k.LastRotated) != null);

    private bool HasUnusedCredential(AwsIamUser u) => PasswordUnused(u) || UnusedKeys(u).Any();

    private bool PasswordUnused(AwsIamUser u) =>
        u.PasswordEnabled && (u.PasswordLastUsed ?? u.PasswordLastChanged ?? u.CreatedAt) <= _unusedSince;

    private IEnumerable<AwsAccessKey> UnusedKeys(AwsIamUser u) =>
        u.AccessKeys.Where(k => k.Active && (k.LastUsed ?? k.LastRotated) <= _unusedSince).OrderBy(k => k.Slot);
}
