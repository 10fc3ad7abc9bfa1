using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Internal;

namespace ComplianceEngine.Reports;

/// <summary>
/// Writes evidence.json for auditors' tools: the run and its inputs (with hashes), every source with the
/// status of each dataset and the scopes it was not read in, what is missing once per scope (incompleteScopes), per rule its descriptor, controls, counts and every non-pass finding with the
/// observed values that decided it, passes as a count and the list of resource keys, and every waiver with
/// what became of it, and the drift since the previous run when the history is on. Streamed, so a million passes do not sit in memory twice.
/// </summary>
public static class EvidenceWriter
{
    public const string FileName = "evidence.json";
    public const int FormatVersion = 1;

    public static void Write(EvaluationResult result, RunInfo run, Stream stream)
    {
        using var writer = JsonOutput.CreateWriter(stream);
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", FormatVersion);
        EvidenceRun.Write(writer, result, run);
        EvidenceSources.Write(writer, result.Snapshot.Sources);
        EvidenceSources.WriteIncompleteScopes(writer, result.IncompleteScopes);
        writer.WriteStartArray("rules");
        foreach (var rule in result.Rules)
            EvidenceRule.Write(writer, rule, result);
        writer.WriteEndArray();
        EvidenceWaivers.Write(writer, result.Waivers, result.Snapshot.CollectedAt);
        EvidenceDrift.Write(writer, run.Drift);
        writer.WriteEndObject();
        writer.Flush();
    }
}
