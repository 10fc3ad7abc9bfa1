using System.Text.Json;
using ComplianceEngine.Engine.Evaluation;

namespace ComplianceEngine.Reports.Internal;

/// <summary><c>run.properties</c>: the inputs (path and SHA-256) and the counts, so the SARIF file stands on its own.</summary>
internal static class SarifRunProperties
{
    public static void Write(Utf8JsonWriter writer, EvaluationResult result, RunInfo run)
    {
        writer.WriteStartObject("properties");
        writer.WriteString("runId", run.RunId);
        writer.WriteOptional("configPath", run.ConfigPath);
        writer.WriteString("configSha256", run.ConfigSha256);
        writer.WriteOptional("snapshotPath", run.SnapshotPath);
        writer.WriteString("snapshotSha256", run.SnapshotSha256);
        writer.WriteString("snapshotCollectedAt", JsonOutput.Timestamp(result.Snapshot.CollectedAt));
        writer.WriteOptional("organization", result.Snapshot.Organization);
        writer.WriteBoolean("complete", result.IsComplete);
        writer.WriteStartObject("counts");
        foreach (var outcome in Enum.GetValues<Outcome>())
            writer.WriteNumber(OutcomeMapping.Name(outcome), result.Count(outcome));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
