using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// AWS-ROOT-05: the root user has an active access key last rotated more than <c>maxAccessKeyAgeDays</c> days ago.
/// A rule of its own, not part of AWS-IAM-02: the root user is an account fact, not an IAM user, and a waiver or
/// profile choice for IAM users' keys must not silence the root's.
/// </summary>
public sealed class AwsRootAccessKeyAgeRule : FactRule<AwsAccount>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-ROOT-05",
        Title = "AWS root access key older than the rotation period",
        MessageFormat = "The root user of AWS account {resource} has an active access key older than {maxAccessKeyAgeDays} days: {staleKeys}.",
        PassMessageFormat = "The root user of AWS account {resource} has no active access key older than {maxAccessKeyAgeDays} days: {activeKeys}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "A root access key should not exist at all (AWS-ROOT-03); one that does must at least be rotated like any other key, " +
                      "every maxAccessKeyAgeDays days (credential report <root_account> access_key_N_last_rotated). Accounts whose root " +
                      "user has no active key are out of scope.",
        RemediationSummary = "Delete the root access key (see AWS-ROOT-03); until the automation using it is moved to a role, rotate it.",
        Controls = [Controls.AuthenticationInformation, Controls.SecureAuthentication, Controls.PrivilegedAccess, Controls.OrgAuthentication],
        Benchmarks = [new("CIS AWS 1.14", "access keys are rotated every 90 days or less"), new("AWS Config", "access-keys-rotated")],
        RequiredData = [Datasets.AwsCredentialReport],
        // The same parameter as AWS-IAM-02: set once under "parameters" in rules.json, it applies to both.
        Parameters = [AwsAccessKeyAgeRule.MaxAccessKeyAgeDays],
        Since = "0.3.0",
    };

    private DateTimeOffset _rotatedBefore;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _rotatedBefore = now.AddDays(-parameters.Int(AwsAccessKeyAgeRule.MaxAccessKeyAgeDays));
    }

    // An account whose key slots are unknown stays in scope: it is an Error, not out of scope.
    protected override Expression<Func<AwsAccount, bool>> Scope => a => a.RootAccessKeys == null || a.RootAccessKeys.Any(k => k.Active);

    protected override string? NotApplicable(AwsAccount account) => "the root user has no active access key";

    // A key known to be stale is a failure even when the other slot's date is missing.
    protected override Expression<Func<AwsAccount, bool>> DataPresent => a => a.RootAccessKeys != null
        && (a.RootAccessKeys.All(k => !k.Active || k.LastRotated != null) || a.RootAccessKeys.Any(k => k.Active && k.LastRotated < _rotatedBefore));

    protected override string MissingData(AwsAccount account) => account.RootAccessKeys is null
        ? "the credential report's <root_account> row was not read"
        : "the credential report gives no last-rotated date for an active root access key";

    protected override Expression<Func<AwsAccount, bool>> Violation => a => a.RootAccessKeys!.Any(k => k.Active && k.LastRotated < _rotatedBefore);

    protected override IReadOnlyDictionary<string, object?> Observed(AwsAccount a) => Observations.Of(
        ("activeKeys", (a.RootAccessKeys ?? []).Where(k => k.Active).OrderBy(k => k.Slot).Select(k => AwsCredentialText.Rotated(k, Now)).ToList()),
        ("staleKeys", StaleKeys(a).Select(k => AwsCredentialText.Rotated(k, Now)).ToList()),
        ("maxAccessKeyAgeDays", Parameters.Int(AwsAccessKeyAgeRule.MaxAccessKeyAgeDays)));

    protected override string? CommandFor(AwsAccount a)
    {
        return $"aws sts assume-root --target-principal {Shell.Sh(a.AccountId)} --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials";
    }

    protected override string RemediationFor(AwsAccount a) =>
        $"The root user of account {a.AccountId} should have no access key at all (AWS-ROOT-03): find what uses " +
        $"{string.Join(" and ", StaleKeys(a).Select(k => $"key {k.Slot}"))} (CloudTrail, user name root), move it to an IAM role, then sign in as root, " +
        "IAM > Security credentials > Access keys: deactivate and delete the key. If the key must stay until then, rotate it there " +
        "(create the new key, switch the tool over, deactivate and delete the old one). With centralised root access, from the management account: " +
        $"aws sts assume-root --target-principal {a.AccountId} --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials, " +
        "then aws iam list-access-keys and aws iam delete-access-key --access-key-id <id>.";

    private IEnumerable<AwsAccessKey> StaleKeys(AwsAccount a) =>
        (a.RootAccessKeys ?? []).Where(k => k.Active && k.LastRotated < _rotatedBefore).OrderBy(k => k.Slot);
}
