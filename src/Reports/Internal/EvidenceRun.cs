using System.Text.Json;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;

namespace ComplianceEngine.Reports.Internal;

/// <summary>The run metadata, the inputs and their hashes, and the overall counts.</summary>
internal static class EvidenceRun
{
    public static void Write(Utf8JsonWriter writer, EvaluationResult result, RunInfo run)
    {
        writer.WriteStartObject("run");
        writer.WriteString("tool", run.ToolName);
        writer.WriteString("toolVersion", run.ToolVersion);
        writer.WriteString("runId", run.RunId);
        writer.WriteString("startedAt", JsonOutput.Timestamp(run.StartedAt));
        writer.WriteString("finishedAt", JsonOutput.Timestamp(run.FinishedAt));
        writer.WriteString("commandLine", run.CommandLine);
        writer.WriteEndObject();

        writer.WriteStartObject("config");
        writer.WriteOptional("path", run.ConfigPath);
        writer.WriteString("sha256", run.ConfigSha256);
        writer.WriteNumber("sarifPassLimit", result.Config.SarifPassLimit);
        writer.WriteNumber("waiverWarningDays", result.Config.WaiverWarningDays);
        writer.WriteEndObject();

        writer.WriteStartObject("snapshot");
        writer.WriteOptional("path", run.SnapshotPath);
        writer.WriteString("sha256", run.SnapshotSha256);
        writer.WriteNumber("formatVersion", result.Snapshot.FormatVersion);
        writer.WriteString("collectedAt", JsonOutput.Timestamp(result.Snapshot.CollectedAt));
        writer.WriteOptional("organization", result.Snapshot.Organization);
        writer.WriteNumber("factCount", result.Snapshot.Facts.Count);
        writer.WriteEndObject();

        writer.WriteStartObject("summary");
        writer.WriteBoolean("complete", result.IsComplete);
        writer.WriteNumber("rules", result.Rules.Count);
        foreach (var outcome in Enum.GetValues<Outcome>())
            writer.WriteNumber(OutcomeMapping.Name(outcome), result.Count(outcome));
        writer.WriteStartObject("waiverWarnings");
        writer.WriteNumber("expiringSoon", result.Waivers.Count(w => w.ExpiresSoon));
        writer.WriteNumber("expired", result.Waivers.Count(w => w.State == WaiverState.Expired));
        writer.WriteNumber("unused", result.Waivers.Count(w => w.State == WaiverState.Unused));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
