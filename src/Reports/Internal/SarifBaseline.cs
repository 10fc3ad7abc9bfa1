using System.Text.Json;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;

namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// SARIF's view of the drift (§3.27.24): <c>new</c>, <c>unchanged</c>, <c>updated</c> (the outcome changed:
/// a regression, a fix, or any other change) and <c>absent</c> for a failure of the baseline run that has no
/// result at all now. Absent results are emitted with kind <c>pass</c> and level <c>none</c>, so a consumer
/// that ignores <c>baselineState</c> never raises them as alerts.
/// </summary>
internal static class SarifBaseline
{
    public static string StateName(DriftState state) => state switch
    {
        DriftState.New => "new",
        DriftState.Unchanged => "unchanged",
        _ => "updated",
    };

    public static string DriftName(DriftState state) => state switch
    {
        DriftState.New => "new",
        DriftState.Unchanged => "unchanged",
        DriftState.Regression => "regression",
        DriftState.Resolved => "resolved",
        DriftState.Unverified => "unverified",
        _ => "changed",
    };

    public static void WriteState(Utf8JsonWriter writer, RunDrift drift, string ruleId, string resourceKey) =>
        writer.WriteString("baselineState", StateName(drift.StateOf(ruleId, resourceKey)));

    /// <summary>In the result's property bag: the drift in this tool's words and the outcome in the baseline run.</summary>
    public static void WriteDriftProperties(Utf8JsonWriter writer, RunDrift drift, string ruleId, string resourceKey)
    {
        writer.WriteString("drift", DriftName(drift.StateOf(ruleId, resourceKey)));
        if (drift.PreviousOutcomeOf(ruleId, resourceKey) is { } previous)
            writer.WriteString("previousOutcome", OutcomeMapping.Name(previous));
    }

    public static void WriteAbsent(Utf8JsonWriter writer, EvaluationResult result, RunDrift drift)
    {
        for (var i = 0; i < drift.Gone.Count; i++)
        {
            var gone = drift.Gone[i];
            var ruleIndex = IndexOf(result, gone.RuleId);
            writer.WriteStartObject();
            writer.WriteString("ruleId", gone.RuleId);
            if (ruleIndex >= 0)
                writer.WriteNumber("ruleIndex", ruleIndex);
            writer.WriteString("kind", "pass");
            writer.WriteString("level", "none");
            writer.WriteStartObject("message");
            writer.WriteString("text", SarifText.Plain($"Resolved: {gone.DisplayName} failed {gone.RuleId} in run {drift.Baseline?.RunId} and has no result in this run."));
            writer.WriteEndObject();
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            SarifArtifact.Write(writer, SarifArtifact.UriOfKey(gone.ResourceKey));
            writer.WriteStartArray("logicalLocations");
            writer.WriteStartObject();
            writer.WriteString("name", gone.DisplayName);
            writer.WriteString("fullyQualifiedName", gone.ResourceKey);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject("partialFingerprints");
            writer.WriteString(SarifResults.FingerprintName, gone.Fingerprint);
            writer.WriteString(SarifResults.GitHubFingerprintName, gone.Fingerprint);
            writer.WriteEndObject();
            writer.WriteString("baselineState", "absent");
            writer.WriteStartObject("properties");
            writer.WriteString("drift", "resolved");
            writer.WriteString("previousOutcome", OutcomeMapping.Name(gone.Outcome));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }

    private static int IndexOf(EvaluationResult result, string ruleId)
    {
        for (var i = 0; i < result.Rules.Count; i++)
        {
            if (result.Rules[i].Descriptor.Id == ruleId)
                return i;
        }
        return -1;
    }
}
