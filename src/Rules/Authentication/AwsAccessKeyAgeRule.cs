using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>AWS-IAM-02: an IAM user has an active access key last rotated more than <c>maxAccessKeyAgeDays</c> days ago.</summary>
public sealed class AwsAccessKeyAgeRule : FactRule<AwsIamUser>
{
    public static readonly ParameterDescriptor MaxAccessKeyAgeDays = ParameterDescriptor.Integer("maxAccessKeyAgeDays", 90,
        "Most days since an active access key was created or rotated; older keys are flagged.", min: 1);

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-IAM-02",
        Title = "AWS access key older than the rotation period",
        MessageFormat = "IAM user {resource} has an active access key older than {maxAccessKeyAgeDays} days: {staleKeys}.",
        PassMessageFormat = "IAM user {resource} has no active access key older than {maxAccessKeyAgeDays} days: {activeKeys}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "Long-lived access keys leak through code, logs and laptops; an active key must be rotated at least every " +
                      "maxAccessKeyAgeDays days (credential report access_key_N_last_rotated). Users without an active key are out of scope.",
        RemediationSummary = "Create a new key, switch the application to it, deactivate and then delete the old key; better, replace the key with an IAM role.",
        Controls = [Controls.AuthenticationInformation, Controls.SecureAuthentication, Controls.OrgAuthenticationInformation, Controls.OrgAuthentication],
        Benchmarks = [new("CIS AWS 1.14", "access keys are rotated every 90 days or less"), new("AWS Config", "access-keys-rotated")],
        RequiredData = [Datasets.AwsCredentialReport],
        Parameters = [MaxAccessKeyAgeDays],
    };

    private DateTimeOffset _rotatedBefore;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _rotatedBefore = now.AddDays(-parameters.Int(MaxAccessKeyAgeDays));
    }

    protected override Expression<Func<AwsIamUser, bool>> Scope => u => u.AccessKeys.Any(k => k.Active);

    // A key known to be stale is a failure even when the other slot's date is missing.
    protected override Expression<Func<AwsIamUser, bool>> DataPresent => u =>
        u.AccessKeys.All(k => !k.Active || k.LastRotated != null) || u.AccessKeys.Any(k => k.Active && k.LastRotated < _rotatedBefore);

    protected override string MissingData(AwsIamUser user) =>
        "the credential report gives no last-rotated date for an active access key of this user";

    protected override Expression<Func<AwsIamUser, bool>> Violation => u => u.AccessKeys.Any(k => k.Active && k.LastRotated < _rotatedBefore);

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIamUser u) => Observations.Of(
        ("activeKeys", u.AccessKeys.Where(k => k.Active).OrderBy(k => k.Slot).Select(k => AwsCredentialText.Rotated(k, Now)).ToList()),
        ("staleKeys", StaleKeys(u).Select(k => AwsCredentialText.Rotated(k, Now)).ToList()),
        ("maxAccessKeyAgeDays", Parameters.Int(MaxAccessKeyAgeDays)));

    protected override string? CommandFor(AwsIamUser u)
    {
        var user = Shell.Sh(u.UserName);
        var stale = StaleKeys(u).ToList();
        if (stale.Count == 0)
            return null;
        // The new key first: deactivating the old one is the admin's step once the application has moved.
        var retire = stale.All(k => k.AccessKeyId is { Length: > 0 })
            ? string.Join(" && ", stale.Select(k => $"aws iam update-access-key --user-name {user} --access-key-id {Shell.Sh(k.AccessKeyId)} --status Inactive"))
            : $"aws iam list-access-keys --user-name {user}";
        return $"aws iam create-access-key --user-name {user}; {retire}";
    }

    protected override string RemediationFor(AwsIamUser u)
    {
        var user = Shell.Sh(u.UserName);
        var stale = StaleKeys(u).ToList();
        var slots = string.Join(" and ", stale.Select(k => k.AccessKeyId is null ? $"key {k.Slot}" : $"key {k.Slot} ({k.AccessKeyId})"));
        var find = stale.All(k => k.AccessKeyId is not null) ? string.Empty
            : $"find the old key's id with aws iam list-access-keys --user-name {user}, then ";
        var retire = string.Join("; ", stale.Select(k =>
            $"aws iam update-access-key --user-name {user} --access-key-id {AwsCredentialText.KeyId(k)} --status Inactive and, once nothing breaks, " +
            $"aws iam delete-access-key --user-name {user} --access-key-id {AwsCredentialText.KeyId(k)}"));
        return $"Rotate {slots} of {u.UserName}: aws iam create-access-key --user-name {user}; move the application to the new key; " +
               $"{find}{retire}. Prefer an IAM role (instance profile, OIDC federation) over a key.";
    }

    private IEnumerable<AwsAccessKey> StaleKeys(AwsIamUser u) =>
        u.AccessKeys.Where(k => k.Active && k.LastRotated < _rotatedBefore).OrderBy(k => k.Slot);
}
