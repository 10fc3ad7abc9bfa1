using System.Security.Cryptography;
using System.Text;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// How outcomes appear in the outputs. SARIF §3.27.9 defines <c>kind</c>; a result whose kind is not
/// <c>fail</c> must have level <c>none</c> (§3.27.10), so only Fail and Waived carry the rule's severity.
/// Error maps to <c>open</c>, which SARIF defines as evaluated without enough information to decide whether
/// there is a problem — missing data is exactly that (not <c>review</c>, which asks a person to judge).
/// </summary>
internal static class OutcomeMapping
{
    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Fail => "fail",
        Outcome.Waived => "waived",
        Outcome.NotApplicable => "notApplicable",
        Outcome.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static string SarifKind(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Fail or Outcome.Waived => "fail",
        Outcome.NotApplicable => "notApplicable",
        Outcome.Error => "open",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static string SarifLevel(Outcome outcome, Severity severity) =>
        outcome is Outcome.Fail or Outcome.Waived ? severity.ToName() : "none";

    /// <summary>
    /// Identifies a rule × resource pair across runs: it does not change with the outcome, the message or
    /// the display name, only with the rule id and the resource key.
    /// </summary>
    public static string Fingerprint(string ruleId, ResourceRef resource) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ruleId + "\n" + resource.Key)));

    /// <summary>A PascalCase identifier from a rule title, for SARIF's <c>reportingDescriptor.name</c>.</summary>
    public static string PascalName(string title)
    {
        var name = new StringBuilder(title.Length);
        foreach (var word in title.Split(' ', '-', '/', '(', ')', ',', '.', ':', '[', ']'))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length == 0)
                continue;
            name.Append(char.ToUpperInvariant(letters[0]));
            name.Append(letters.AsSpan(1));
        }
        return name.ToString();
    }
}
