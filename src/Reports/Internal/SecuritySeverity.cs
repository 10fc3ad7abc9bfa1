using System.Globalization;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// <c>properties.security-severity</c> of a SARIF rule, as GitHub code scanning reads it: a number from 0.0 to 10.0 as a
/// string, shown as critical (9.0 and above), high (7.0–8.9), medium (4.0–6.9) or low (0.1–3.9). From the rule's effective
/// severity (error high, warning medium, note low), one band higher for rules about privileged access — administrators,
/// root users, subscription owners, roles others can assume — where one failure hands over the whole tenant or account.
/// </summary>
internal static class SecuritySeverity
{
    private static readonly string[] PrivilegedPrefixes = ["ENT-PRIV-", "AWS-ROOT-", "AZ-RBAC-", "AWS-ROLE-"];

    private static readonly HashSet<string> PrivilegedRules = new(StringComparer.Ordinal)
    {
        "ENT-MFA-04", "ENT-MFA-06", "ENT-MFA-07", "ENT-MFA-08", "AWS-IAM-05", "AWS-IAM-07", "AWS-IAM-08",
    };

    public static bool IsPrivileged(RuleDescriptor rule) =>
        PrivilegedRules.Contains(rule.Id) || PrivilegedPrefixes.Any(p => rule.Id.StartsWith(p, StringComparison.Ordinal));

    public static string Of(RuleDescriptor rule, Severity effective)
    {
        var privileged = IsPrivileged(rule);
        var score = effective switch
        {
            Severity.Error => privileged ? 9.1 : 7.5,
            Severity.Warning => privileged ? 7.0 : 5.0,
            Severity.Note => privileged ? 4.0 : 2.0,
            _ => 0.0,
        };
        return score.ToString("0.0", CultureInfo.InvariantCulture);
    }
}
