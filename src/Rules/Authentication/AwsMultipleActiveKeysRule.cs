using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>AWS-IAM-04: an IAM user has more than one active access key.</summary>
public sealed class AwsMultipleActiveKeysRule : FactRule<AwsIamUser>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-IAM-04",
        Title = "AWS user with more than one active access key",
        MessageFormat = "IAM user {resource} has {activeKeyCount} active access keys: {activeKeys}.",
        PassMessageFormat = "IAM user {resource} has one active access key: {activeKeys}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "A second active key is only needed for the few minutes of a rotation; two standing keys double what can leak " +
                      "and hide which one is really in use. Users without an active key are out of scope.",
        RemediationSummary = "Find the key that is in use, deactivate and then delete the other one.",
        Controls = [Controls.AuthenticationInformation, Controls.SecureAuthentication, Controls.OrgAuthenticationInformation, Controls.OrgAuthentication],
        Benchmarks = [new("CIS AWS 1.13", "only one active access key available for any single IAM user")],
        RequiredData = [Datasets.AwsCredentialReport],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsIamUser, bool>> Scope => u => u.AccessKeys.Any(k => k.Active);

    protected override Expression<Func<AwsIamUser, bool>> Violation => u => u.AccessKeys.Count(k => k.Active) > 1;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIamUser u) => Observations.Of(
        ("activeKeyCount", u.AccessKeys.Count(k => k.Active)),
        ("activeKeys", u.AccessKeys.Where(k => k.Active).OrderBy(k => k.Slot).Select(k => AwsCredentialText.Used(k, Now)).ToList()));

    protected override string? CommandFor(AwsIamUser u)
    {
        var user = Shell.Sh(u.UserName);
        var retire = SpareKeys(u);
        if (retire.Count == 0 || retire.Any(k => k.AccessKeyId is not { Length: > 0 }))
            return $"aws iam list-access-keys --user-name {user}";
        return string.Join(" && ", retire.Select(k => $"aws iam update-access-key --user-name {user} --access-key-id {Shell.Sh(k.AccessKeyId)} --status Inactive"));
    }

    /// <summary>Every active key but the one used last (the one most likely in use; the newest when none was used).</summary>
    private static List<AwsAccessKey> SpareKeys(AwsIamUser u)
    {
        var active = u.AccessKeys.Where(k => k.Active).ToList();
        var keep = active.OrderByDescending(k => k.LastUsed ?? DateTimeOffset.MinValue).ThenByDescending(k => k.LastRotated ?? DateTimeOffset.MinValue)
            .ThenBy(k => k.Slot).FirstOrDefault();
        return [.. active.Where(k => !ReferenceEquals(k, keep)).OrderBy(k => k.Slot)];
    }

    protected override string RemediationFor(AwsIamUser u)
    {
        var user = Shell.Sh(u.UserName);
        var active = u.AccessKeys.Where(k => k.Active).OrderBy(k => k.Slot).ToList();
        if (active.Any(k => k.AccessKeyId is null))
            return $"List the keys with aws iam list-access-keys --user-name {user} and check each with aws iam get-access-key-last-used --access-key-id <id>; " +
                   $"keep the one in use, then aws iam update-access-key --user-name {user} --access-key-id <other id> --status Inactive and, once nothing breaks, " +
                   $"aws iam delete-access-key --user-name {user} --access-key-id <other id>.";
        var check = string.Join(" and ", active.Select(k => $"aws iam get-access-key-last-used --access-key-id {AwsCredentialText.KeyId(k)}"));
        var spare = SpareKeys(u);
        return $"Check which key is in use with {check}; the credential report shows {string.Join(" and ", spare.Select(k => $"key {k.Slot}"))} used less recently, " +
               "so keep the other one unless the check says otherwise, then " +
               string.Join("; ", spare.Select(k => $"aws iam update-access-key --user-name {user} --access-key-id {AwsCredentialText.KeyId(k)} --status Inactive and, " +
                   $"once nothing breaks, aws iam delete-access-key --user-name {user} --access-key-id {AwsCredentialText.KeyId(k)}")) + ".";
    }
}
