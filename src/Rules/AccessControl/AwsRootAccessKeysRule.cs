using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS-ROOT-03: the AWS account's root user has access keys.</summary>
public sealed class AwsRootAccessKeysRule : FactRule<AwsAccount>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-ROOT-03",
        Title = "AWS root user has access keys",
        MessageFormat = "The root user of AWS account {resource} has access keys (last used {rootAccessKeyLastUsed}).",
        PassMessageFormat = "The root user of AWS account {resource} has no access keys.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Root access keys give long-lived, unrestricted programmatic access to the whole account; IAM policies cannot " +
                      "limit them. The root user must have none (GetAccountSummary AccountAccessKeysPresent = 0).",
        RemediationSummary = "Move any automation that uses the root keys to an IAM role, then delete the root access keys.",
        Controls = [Controls.PrivilegedAccess, Controls.CloudPrivilegedAccess, Controls.AuthenticationInformation, Controls.OrgAccess],
        Benchmarks = [new("CIS AWS 1.4", "no root user access key exists"), new("AWS Config", "iam-root-access-key-check")],
        RequiredData = [Datasets.AwsAccountSummary],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsAccount, bool>> DataPresent => a => a.RootAccessKeysPresent != null;

    protected override string MissingData(AwsAccount account) => "AccountAccessKeysPresent was not reported by GetAccountSummary";

    protected override Expression<Func<AwsAccount, bool>> Violation => a => a.RootAccessKeysPresent == true;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsAccount a) => Observations.Of(
        ("rootAccessKeysPresent", a.RootAccessKeysPresent),
        ("rootAccessKeyLastUsed", a.RootAccessKeyLastUsed));

    protected override string? CommandFor(AwsAccount a)
    {
        return $"aws sts assume-root --target-principal {Shell.Sh(a.AccountId)} --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials";
    }

    protected override string RemediationFor(AwsAccount a) =>
        $"Find what uses the keys (root access key last used {AwsCredentialText.Date(a.RootAccessKeyLastUsed)}) and move it to an IAM role. " +
        $"Then sign in to account {a.AccountId} as the root user, IAM > Security credentials > Access keys: deactivate, then delete each key. " +
        "With centralised root access, from the management account: " +
        $"aws sts assume-root --target-principal {Shell.Sh(a.AccountId)} --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials, " +
        "then with those credentials: aws iam list-access-keys and aws iam delete-access-key --access-key-id <id>.";
}
