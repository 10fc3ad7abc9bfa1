using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Internal;

namespace ComplianceEngine.Reports;

/// <summary>
/// Writes results.sarif (SARIF 2.1.0). Outcome mapping: Fail → kind <c>fail</c> at the rule's effective
/// severity; Waived → the same plus an accepted external suppression; Pass → <c>pass</c>; NotApplicable →
/// <c>notApplicable</c>; Error → <c>open</c> (not enough information to decide). Non-fail kinds have level
/// <c>none</c>, as SARIF requires. Pass results stop at <c>SarifPassLimit</c> per rule, with a notification.
/// With the run history on, every result carries <c>baselineState</c> against the previous run of the same
/// sources, and failures of that run that are gone are emitted as <c>absent</c> results.
/// </summary>
public static class SarifWriter
{
    public const string FileName = "results.sarif";
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public static void Write(EvaluationResult result, RunInfo run, Stream stream)
    {
        using var writer = JsonOutput.CreateWriter(stream);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        SarifTool.Write(writer, result, run);
        writer.WriteStartObject("automationDetails");
        writer.WriteString("id", $"compliance-scan/{run.RunId}");
        writer.WriteEndObject();
        SarifInvocation.Write(writer, result, run);
        SarifResults.Write(writer, result, run.Drift);
        SarifRunProperties.Write(writer, result, run);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }
}
