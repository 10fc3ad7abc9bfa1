using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>AWS-IAM-01: an IAM user can sign in to the console with a password but has no MFA.</summary>
public sealed class AwsConsoleUserWithoutMfaRule : FactRule<AwsIamUser>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-IAM-01",
        Title = "AWS console user without MFA",
        MessageFormat = "IAM user {resource} has a console password but no MFA device (password last used {passwordLastUsed}).",
        PassMessageFormat = "IAM user {resource} has a console password and MFA.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Every IAM user with a console password must have an MFA device. Users without a password (programmatic only) are out of scope.",
        RemediationSummary = "Assign an MFA device to the user, or remove the console password if the user does not need the console.",
        Controls = [Controls.AuthenticationInformation, Controls.SecureAuthentication, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks = [new("CIS AWS 1.10", "MFA for all IAM users with a console password"), new("AWS Config", "mfa-enabled-for-iam-console-access")],
        RequiredData = [Datasets.AwsCredentialReport],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsIamUser, bool>> Scope => u => u.PasswordEnabled;

    protected override Expression<Func<AwsIamUser, bool>> Violation => u => !u.MfaActive;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsIamUser u) => Observations.Of(
        ("passwordEnabled", u.PasswordEnabled),
        ("mfaActive", u.MfaActive),
        ("passwordLastUsed", u.PasswordLastUsed));

    protected override string RemediationFor(AwsIamUser u) =>
        $"Assign an MFA device: IAM console > Users > {u.UserName} > Security credentials > Assign MFA device; " +
        $"or, if the user does not need the console: aws iam delete-login-profile --user-name {Shell.Sh(u.UserName)}";
}
