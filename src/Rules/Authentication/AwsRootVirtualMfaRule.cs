using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>AWS-ROOT-02: the root user's MFA is a virtual (app-based) device rather than a hardware one.</summary>
public sealed class AwsRootVirtualMfaRule : FactRule<AwsAccount>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-ROOT-02",
        Title = "AWS root user MFA is virtual only",
        MessageFormat = "The root user of AWS account {resource} is protected only by a virtual MFA device.",
        PassMessageFormat = "The root user of AWS account {resource} has a hardware MFA device.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "A virtual MFA app lives on a phone that is also used for other things and can be cloned with it; the root user " +
                      "should be protected by a dedicated hardware device (FIDO2 security key or hardware TOTP token) kept with the " +
                      "break-glass procedure. Accounts whose root user has no credentials, or no MFA at all (AWS-ROOT-01), are not applicable.",
        RemediationSummary = "Register a FIDO2 security key or hardware TOTP token for the root user, then remove the virtual device.",
        Controls = [Controls.PrivilegedAccess, Controls.SecureAuthentication, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks = [new("CIS AWS 1.6", "hardware MFA is enabled for the root user (Level 2)"), new("AWS Config", "root-account-hardware-mfa-enabled")],
        RequiredData = [Datasets.AwsAccountSummary, Datasets.AwsMfaDevices],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsAccount, bool>> Scope => a => !a.RootHasNoCredentials && a.RootMfaEnabled != false;

    protected override string? NotApplicable(AwsAccount account) => account.RootHasNoCredentials
        ? "the root user has no password and no access keys (centralised root access)"
        : "the root user has no MFA device at all; AWS-ROOT-01 reports it";

    protected override Expression<Func<AwsAccount, bool>> DataPresent => a => a.RootMfaEnabled != null && a.RootHardwareMfa != null;

    protected override string MissingData(AwsAccount account) => account.RootMfaEnabled is null
        ? "AccountMFAEnabled was not reported by GetAccountSummary"
        : "whether the root MFA device is virtual is unknown (ListVirtualMFADevices was not read)";

    protected override Expression<Func<AwsAccount, bool>> Violation => a => a.RootHardwareMfa == false;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsAccount a) => Observations.Of(
        ("rootMfaEnabled", a.RootMfaEnabled),
        ("rootHardwareMfa", a.RootHardwareMfa));

    protected override string RemediationFor(AwsAccount a) =>
        $"Sign in to account {a.AccountId} as the root user, open IAM > Security credentials > Multi-factor authentication (MFA) > Assign MFA device, " +
        "choose Security key (FIDO2) or Hardware TOTP token and register it; then remove the virtual MFA device on the same page. " +
        "Keep the device in the safe with the break-glass procedure.";
}
