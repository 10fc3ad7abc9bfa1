using System.Linq.Expressions;
using System.Text;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>AWS-IAM-06: the account has no IAM password policy, or one weaker than the configured minimums.</summary>
public sealed class AwsPasswordPolicyRule : FactRule<AwsAccount>
{
    public static readonly ParameterDescriptor MinPasswordLength = ParameterDescriptor.Integer("minPasswordLength", 14,
        "Shortest minimum password length the policy may set.", min: 6);

    public static readonly ParameterDescriptor PasswordReusePrevention = ParameterDescriptor.Integer("passwordReusePrevention", 24,
        "Fewest previous passwords the policy must prevent reusing (0 turns the check off).");

    public static readonly ParameterDescriptor RequireSymbols = ParameterDescriptor.Boolean("requireSymbols", true, "The policy must require a symbol.");
    public static readonly ParameterDescriptor RequireNumbers = ParameterDescriptor.Boolean("requireNumbers", true, "The policy must require a number.");
    public static readonly ParameterDescriptor RequireUppercase = ParameterDescriptor.Boolean("requireUppercase", true, "The policy must require an upper-case letter.");
    public static readonly ParameterDescriptor RequireLowercase = ParameterDescriptor.Boolean("requireLowercase", true, "The policy must require a lower-case letter.");

    public static readonly ParameterDescriptor MaxPasswordAgeDays = ParameterDescriptor.Integer("maxPasswordAgeDays", 0,
        "Longest password lifetime the policy may allow; 0 (default) does not require expiry (NIST SP 800-63B, CIS AWS).");

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-IAM-06",
        Title = "AWS password policy missing or weak",
        MessageFormat = "AWS account {resource} has a weak or missing IAM password policy: {weaknesses}.",
        PassMessageFormat = "AWS account {resource} has an IAM password policy meeting the minimums (length {minimumPasswordLength}, reuse prevention {passwordReusePrevention}).",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "IAM users' console passwords follow the account password policy. Without one (GetAccountPasswordPolicy answers " +
                      "NoSuchEntity) AWS accepts 8-character passwords; the policy must set the configured minimum length, reuse " +
                      "prevention and character classes.",
        RemediationSummary = "Set the account password policy to the minimums (IAM > Account settings > Password policy).",
        Controls = [Controls.AuthenticationInformation, Controls.SecureAuthentication, Controls.OrgAuthenticationInformation, Controls.OrgAuthentication],
        Benchmarks = [new("CIS AWS 1.8", "password policy requires minimum length of 14 or greater"), new("CIS AWS 1.9", "password policy prevents password reuse"),
                      new("AWS Config", "iam-password-policy")],
        RequiredData = [Datasets.AwsPasswordPolicy],
        Parameters = [MinPasswordLength, PasswordReusePrevention, RequireSymbols, RequireNumbers, RequireUppercase, RequireLowercase, MaxPasswordAgeDays],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AwsAccount, bool>> Violation => a => Weaknesses(a.PasswordPolicy).Count > 0;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsAccount a) => Observations.Of(
        ("passwordPolicyPresent", a.PasswordPolicy is not null),
        ("minimumPasswordLength", a.PasswordPolicy?.MinimumPasswordLength),
        ("passwordReusePrevention", a.PasswordPolicy is null ? null : a.PasswordPolicy.PasswordReusePrevention ?? 0),
        ("requireSymbols", a.PasswordPolicy?.RequireSymbols),
        ("requireNumbers", a.PasswordPolicy?.RequireNumbers),
        ("requireUppercaseCharacters", a.PasswordPolicy?.RequireUppercaseCharacters),
        ("requireLowercaseCharacters", a.PasswordPolicy?.RequireLowercaseCharacters),
        ("maxPasswordAge", a.PasswordPolicy?.MaxPasswordAge),
        ("weaknesses", Weaknesses(a.PasswordPolicy)));

    protected override string? CommandFor(AwsAccount a) => PolicyCommand(a);

    protected override string RemediationFor(AwsAccount a) =>
        $"In account {a.AccountId} (run with credentials for that account): {PolicyCommand(a)}. " +
        "Console: IAM > Account settings > Password policy > Edit. Existing passwords stay valid until they are next changed.";

    private string PolicyCommand(AwsAccount a)
    {
        var command = new StringBuilder("aws iam update-account-password-policy");
        command.Append($" --minimum-password-length {Math.Max(Parameters.Int(MinPasswordLength), a.PasswordPolicy?.MinimumPasswordLength ?? 0)}");
        var reuse = Math.Max(Parameters.Int(PasswordReusePrevention), a.PasswordPolicy?.PasswordReusePrevention ?? 0);
        if (reuse > 0)
            command.Append($" --password-reuse-prevention {Math.Min(reuse, 24)}");
        command.Append(" --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password");
        if (Parameters.Int(MaxPasswordAgeDays) > 0)
            command.Append($" --max-password-age {Parameters.Int(MaxPasswordAgeDays)}");
        // update-account-password-policy resets every setting it is not given: carry over what the account already has.
        if (a.PasswordPolicy is { MaxPasswordAge: { } age } && Parameters.Int(MaxPasswordAgeDays) == 0)
            command.Append($" --max-password-age {age}");
        return command.ToString();
    }

    private List<string> Weaknesses(AwsPasswordPolicy? policy)
    {
        if (policy is null)
            return ["no password policy (IAM defaults apply: 8 characters, no reuse prevention)"];
        var weaknesses = new List<string>();
        var minLength = Parameters.Int(MinPasswordLength);
        if (policy.MinimumPasswordLength < minLength)
            weaknesses.Add($"minimum length {policy.MinimumPasswordLength} < {minLength}");
        var reuse = Parameters.Int(PasswordReusePrevention);
        if ((policy.PasswordReusePrevention ?? 0) < reuse)
            weaknesses.Add($"reuse prevention {policy.PasswordReusePrevention ?? 0} < {reuse}");
        if (Parameters.Bool(RequireSymbols) && !policy.RequireSymbols)
            weaknesses.Add("symbols not required");
        if (Parameters.Bool(RequireNumbers) && !policy.RequireNumbers)
            weaknesses.Add("numbers not required");
        if (Parameters.Bool(RequireUppercase) && !policy.RequireUppercaseCharacters)
            weaknesses.Add("upper-case letters not required");
        if (Parameters.Bool(RequireLowercase) && !policy.RequireLowercaseCharacters)
            weaknesses.Add("lower-case letters not required");
        var maxAge = Parameters.Int(MaxPasswordAgeDays);
        if (maxAge > 0 && (policy.MaxPasswordAge is not { } age || age > maxAge))
            weaknesses.Add(policy.MaxPasswordAge is null ? $"passwords never expire (required: {maxAge} days or less)" : $"maximum password age {policy.MaxPasswordAge} > {maxAge}");
        return weaknesses;
    }
}
