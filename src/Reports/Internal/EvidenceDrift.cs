using System.Text.Json;
using ComplianceEngine.Engine.Drift;

namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// <c>drift</c>: the baseline run, the counts, and every change that involves a failure (new, regressed,
/// resolved — including failures that are gone — and other changes to or from failing). Null without a history.
/// </summary>
internal static class EvidenceDrift
{
    public static void Write(Utf8JsonWriter writer, RunDrift? drift)
    {
        if (drift is null)
        {
            writer.WriteNull("drift");
            return;
        }
        writer.WriteStartObject("drift");
        if (drift.Baseline is { } baseline)
        {
            writer.WriteString("baselineRunId", baseline.RunId);
            writer.WriteString("baselineFinishedAt", JsonOutput.Timestamp(baseline.FinishedAt));
        }
        else
            writer.WriteNull("baselineRunId");
        writer.WriteNumber("new", drift.NewFailures);
        writer.WriteNumber("regressions", drift.Regressions);
        writer.WriteNumber("resolved", drift.Resolved);
        writer.WriteNumber("unchangedFailures", drift.UnchangedFailures);
        writer.WriteNumber("unverified", drift.Unverified);
        writer.WriteNumber("newlyFailing", drift.NewlyFailing);
        writer.WriteStartArray("changes");
        foreach (var change in drift.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", change.RuleId);
            writer.WriteString("resource", change.ResourceKey);
            writer.WriteString("displayName", change.DisplayName);
            writer.WriteString("fingerprint", ResultRecord.FingerprintOf(change.RuleId, change.ResourceKey));
            writer.WriteString("state", SarifBaseline.DriftName(change.State));
            WriteOutcome(writer, "previousOutcome", change.Previous);
            WriteOutcome(writer, "outcome", change.Current);
            writer.WriteEndObject();
            JsonOutput.FlushIfLarge(writer);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter writer, string name, Engine.Evaluation.Outcome? outcome)
    {
        if (outcome is { } o)
            writer.WriteString(name, OutcomeMapping.Name(o));
        else
            writer.WriteNull(name);
    }
}
