using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// <c>results</c>: per rule in id order, its non-pass findings (sorted by resource) then its passes up to the
/// configured limit. The fingerprint is <c>complianceResource/v1</c> = SHA-256 of rule id and resource key.
/// </summary>
internal static class SarifResults
{
    public const string FingerprintName = "complianceResource/v1";

    /// <summary>The partial fingerprint GitHub code scanning matches alerts by; carries the same value.</summary>
    public const string GitHubFingerprintName = "primaryLocationLineHash";

    public static void Write(Utf8JsonWriter writer, EvaluationResult result, RunDrift? drift = null)
    {
        writer.WriteStartArray("results");
        for (var i = 0; i < result.Rules.Count; i++)
        {
            var rule = result.Rules[i];
            foreach (var finding in rule.Findings)
                WriteResult(writer, finding, i, rule.Severity, drift);
            foreach (var pass in rule.Passes.Take(result.Config.SarifPassLimit))
                WriteResult(writer, pass, i, rule.Severity, drift);
        }
        if (drift is not null)
            SarifBaseline.WriteAbsent(writer, result, drift);
        writer.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter writer, Finding finding, int ruleIndex, Severity severity, RunDrift? drift)
    {
        var resource = finding.Resource;
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("kind", OutcomeMapping.SarifKind(finding.Outcome));
        writer.WriteString("level", OutcomeMapping.SarifLevel(finding.Outcome, severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", SarifText.Plain(finding.Message));
        writer.WriteEndObject();

        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        SarifArtifact.Write(writer, SarifArtifact.Uri(resource));
        writer.WriteStartArray("logicalLocations");
        writer.WriteStartObject();
        writer.WriteString("name", resource.DisplayName);
        writer.WriteString("fullyQualifiedName", resource.Key);
        writer.WriteString("kind", resource.Kind);
        writer.WriteStartObject("properties");
        writer.WriteString("provider", resource.Provider);
        writer.WriteString("scope", resource.Scope);
        writer.WriteString("id", resource.Id);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartObject("partialFingerprints");
        var fingerprint = OutcomeMapping.Fingerprint(finding.RuleId, resource);
        writer.WriteString(FingerprintName, fingerprint);
        // GitHub code scanning tracks an alert across uploads by this one; there is no source line to hash.
        writer.WriteString(GitHubFingerprintName, fingerprint);
        writer.WriteEndObject();
        if (drift is not null)
            SarifBaseline.WriteState(writer, drift, finding.RuleId, resource.Key);

        if (finding.Outcome == Outcome.Waived && finding.Waiver is { } waiver)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", "external");
            writer.WriteString("status", "accepted");
            writer.WriteString("justification", waiver.Justification);
            WaiverProperties(writer, "properties", waiver);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartObject("properties");
        writer.WriteString("outcome", OutcomeMapping.Name(finding.Outcome));
        if (finding.Subject is { } subject)
            writer.WriteString("sourceId", subject.SourceId);
        writer.WriteOptional("reason", finding.Reason);
        writer.WriteOptional("remediation", finding.Remediation);
        writer.WriteObserved("observed", finding.Observed);
        if (drift is not null)
            SarifBaseline.WriteDriftProperties(writer, drift, finding.RuleId, resource.Key);
        if (finding.Outcome == Outcome.Fail && finding.Waiver is { } expired)
            WaiverProperties(writer, "expiredWaiver", expired);
        writer.WriteEndObject();
        writer.WriteEndObject();
        JsonOutput.FlushIfLarge(writer);
    }

    private static void WaiverProperties(Utf8JsonWriter writer, string name, Waiver waiver)
    {
        writer.WriteStartObject(name);
        writer.WriteString("owner", waiver.Owner);
        writer.WriteString("approver", waiver.Approver);
        writer.WriteString("expires", waiver.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (waiver.Approved is { } approved)
            writer.WriteString("approved", approved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("waiver", waiver.JsonPath);
        if (name == "expiredWaiver")
            writer.WriteString("justification", waiver.Justification);
        writer.WriteEndObject();
    }
}
