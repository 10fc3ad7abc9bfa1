using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>AWS-ROOT-01: the AWS account's root user has credentials but no MFA device.</summary>
public sealed class AwsRootWithoutMfaRule : FactRule<AwsAccount>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-ROOT-01",
        Title = "AWS root user without MFA",
        MessageFormat = "The root user of AWS account {resource} has no MFA device (password enabled: {rootPasswordEnabled}, access keys present: {rootAccessKeysPresent}).",
        PassMessageFormat = "The root user of AWS account {resource} has MFA enabled.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "The root user can do anything in the account and cannot be restricted by IAM policies; it must have MFA. " +
                      "Accounts whose root user has neither a password nor access keys (centralised root access) are not applicable.",
        RemediationSummary = "Sign in as root and assign a hardware MFA device (IAM > Security credentials > Multi-factor authentication).",
        Controls = [Controls.PrivilegedAccess, Controls.SecureAuthentication, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks = [new("CIS AWS 1.5", "MFA enabled for the root user"), new("AWS Config", "root-account-mfa-enabled")],
        RequiredData = [Datasets.AwsAccountSummary],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsAccount, bool>> Scope => a => !a.RootHasNoCredentials;

    protected override string? NotApplicable(AwsAccount account) =>
        "the root user has no password and no access keys (centralised root access)";

    protected override Expression<Func<AwsAccount, bool>> DataPresent => a => a.RootMfaEnabled != null;

    protected override string MissingData(AwsAccount account) => "AccountMFAEnabled was not reported by GetAccountSummary";

    protected override Expression<Func<AwsAccount, bool>> Violation => a => a.RootMfaEnabled == false;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsAccount a) => Observations.Of(
        ("rootMfaEnabled", a.RootMfaEnabled),
        ("rootPasswordEnabled", a.RootPasswordEnabled),
        ("rootAccessKeysPresent", a.RootAccessKeysPresent));

    protected override string RemediationFor(AwsAccount a) =>
        $"Sign in to account {a.AccountId} as the root user, open IAM > Security credentials > Multi-factor authentication (MFA) > Assign MFA device, " +
        "and register a hardware security key. Store it with the break-glass procedure.";
}
