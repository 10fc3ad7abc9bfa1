using ComplianceEngine.Engine.Evaluation;

namespace ComplianceEngine.Reports;

/// <summary>
/// The outputs of one run in the <c>--out</c> folder: results.sarif, evidence.json, remediation.csv,
/// snapshot.json (the snapshot bytes exactly as read, so their hash matches the evidence) and manifest.json.
/// </summary>
public static class ReportSet
{
    public const string SnapshotFileName = "snapshot.json";

    public static readonly IReadOnlyList<string> FileNames =
        [SarifWriter.FileName, EvidenceWriter.FileName, RemediationCsvWriter.FileName, SnapshotFileName, ManifestWriter.FileName];

    public static IReadOnlyList<WrittenFile> WriteAll(EvaluationResult result, RunInfo run, ReadOnlyMemory<byte> snapshotBytes, string outDir)
    {
        var files = new List<OutputFile>
        {
            new(SarifWriter.FileName, s => SarifWriter.Write(result, run, s)),
            new(EvidenceWriter.FileName, s => EvidenceWriter.Write(result, run, s)),
            new(RemediationCsvWriter.FileName, s => RemediationCsvWriter.Write(result, s)),
            new(SnapshotFileName, s => s.Write(snapshotBytes.Span)),
        };
        return new OutputFolder(outDir).Write(files,
            written => new OutputFile(ManifestWriter.FileName, s => ManifestWriter.Write(written, run, s)));
    }
}
