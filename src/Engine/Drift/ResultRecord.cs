using System.Security.Cryptography;
using System.Text;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Drift;

/// <summary>
/// One result as the history keeps it: identified by rule id and resource key (its fingerprint), with the
/// outcome and the rule's effective severity in that run.
/// </summary>
public sealed record ResultRecord(string RuleId, string ResourceKey, string DisplayName, Outcome Outcome, Severity Severity)
{
    /// <summary>The same value as SARIF's <c>complianceResource/v1</c> partial fingerprint.</summary>
    public string Fingerprint => FingerprintOf(RuleId, ResourceKey);

    public static string FingerprintOf(string ruleId, string resourceKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ruleId + "\n" + resourceKey)));

    /// <summary>Every result of a run, passes included, in rule order.</summary>
    public static IEnumerable<ResultRecord> AllOf(EvaluationResult result) =>
        result.Rules.SelectMany(rule => rule.All.Select(f =>
            new ResultRecord(f.RuleId, f.Resource.Key, f.Resource.DisplayName, f.Outcome, rule.Severity)));
}
