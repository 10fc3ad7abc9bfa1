using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS-IAM-10: long-lived IAM user credentials in an organisation that signs people in through IAM Identity Center.</summary>
public sealed class AwsIamUserWithIdentityCenterRule : FactRule<AwsIdentity>
{
    public static readonly ParameterDescriptor IdentityCenterInUse = ParameterDescriptor.Boolean("identityCenterInUse", false,
        "The organisation signs people in to AWS through IAM Identity Center; IAM users with a password or an active key are then listed. " +
        "Used only when no AWS source reads Identity Center (identityCenterRegion): what was read wins.");

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-IAM-10",
        Title = "Long-lived AWS IAM user where IAM Identity Center is in use",
        MessageFormat = "IAM user {resource} has long-lived credentials ({credentials}) although people sign in through IAM Identity Center.",
        PassMessageFormat = "IAM user {resource} has no password and no active access key.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Note,
        Description = "Where people sign in through IAM Identity Center, an IAM user with a password or an access key is a second, " +
                      "long-lived identity outside the identity provider's joiner-mover-leaver process. Each one is listed at note " +
                      "severity for the access review: move the person to Identity Center, the workload to a role. Where an AWS source " +
                      "reads Identity Center (identityCenterRegion), what it read decides: on when an instance has users, off when none " +
                      "does, Error when the read is incomplete. Where no source reads it, the parameter identityCenterInUse decides (off by default).",
        RemediationSummary = "Give the person an IAM Identity Center permission set (or the workload a role) and delete the user's password and access keys.",
        Controls = [Controls.IdentityManagement, Controls.AccessRights, Controls.OrgIdentityManagement, Controls.OrgAccessRights],
        Benchmarks = [new("AWS Well-Architected", "SEC02-BP04 Rely on a centralized identity provider")],
        RequiredData = [Datasets.AwsCredentialReport, Datasets.AwsIdentityCenter],
        Parameters = [IdentityCenterInUse],
        Since = "0.2.0",
    };

    private bool _enabled;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _enabled = parameters.Bool(IdentityCenterInUse);
    }

    protected override Expression<Func<AwsIdentity, bool>> Scope => i => i.IdentityCenterInUse ?? _enabled;

    protected override Expression<Func<AwsIdentity, bool>> Violation => i => i.IamUser.PasswordEnabled || i.IamUser.AccessKeys.Any(k => k.Active);

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIdentity i) => Observe(i.IamUser, i.IdentityCenterInUse is null ? "parameter identityCenterInUse" : "Identity Center as read");

    protected override string? CommandFor(AwsIdentity i) => CommandFor(i.IamUser);

    protected override string RemediationFor(AwsIdentity i) => RemediationFor(i.IamUser);

    private static IReadOnlyDictionary<string, object?> Observe(AwsIamUser u, string decidedBy) => Observations.Of(
        ("identityCenterInUseFrom", decidedBy),
        ("credentials", Credentials(u)),
        ("passwordEnabled", u.PasswordEnabled),
        ("activeAccessKeys", u.AccessKeys.Count(k => k.Active)));

    private static string? CommandFor(AwsIamUser u)
    {
        var steps = new List<string>();
        if (u.PasswordEnabled == true)
            steps.Add($"aws iam delete-login-profile --user-name {Shell.Sh(u.UserName)}");
        foreach (var key in u.AccessKeys.Where(k => k.Active).OrderBy(k => k.Slot))
            steps.Add(key.AccessKeyId is { Length: > 0 } id
                ? $"aws iam update-access-key --user-name {Shell.Sh(u.UserName)} --access-key-id {Shell.Sh(id)} --status Inactive"
                : $"aws iam list-access-keys --user-name {Shell.Sh(u.UserName)}");
        return steps.Count == 0 ? null : string.Join(" && ", steps.Distinct(StringComparer.Ordinal));
    }

    private static string RemediationFor(AwsIamUser u) =>
        $"Assign the person a permission set in IAM Identity Center (or give the workload a role), then aws iam delete-login-profile --user-name {Shell.Sh(u.UserName)} " +
        (u.AccessKeys.Where(k => k.Active).OrderBy(k => k.Slot).ToList() is { Count: > 0 } keys
            ? "and " + string.Join("; ", keys.Select(k => $"aws iam update-access-key --user-name {Shell.Sh(u.UserName)} --access-key-id {AwsCredentialText.KeyId(k)} --status Inactive")) +
              $" (list the ids with aws iam list-access-keys --user-name {Shell.Sh(u.UserName)} where one is not known) before aws iam delete-access-key."
            : "and delete any access key it still has (aws iam list-access-keys, then aws iam delete-access-key).");

    private static string Credentials(AwsIamUser u) => string.Join(", ",
        new[] { u.PasswordEnabled ? "console password" : null, u.AccessKeys.Any(k => k.Active) ? $"{u.AccessKeys.Count(k => k.Active)} active access key(s)" : null }
            .OfType<string>());
}
