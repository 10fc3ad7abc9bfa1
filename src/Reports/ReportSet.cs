using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Integrity;

namespace ComplianceEngine.Reports;

/// <summary>
/// The outputs of one run in the <c>--out</c> folder: results.sarif, evidence.json, report.html, remediation.csv, access-review.csv,
/// snapshot.json (the snapshot bytes exactly as read, so their hash matches the evidence), any extra files (such
/// as report.pdf), then manifest.json — chained to the manifest it replaces — and, with a key, manifest.sig.
/// </summary>
public static class ReportSet
{
    public const string SnapshotFileName = "snapshot.json";

    public static readonly IReadOnlyList<string> FileNames =
        [SarifWriter.FileName, EvidenceWriter.FileName, HtmlReportWriter.FileName, RemediationCsvWriter.FileName, AccessReviewCsvWriter.FileName, SnapshotFileName, ManifestWriter.FileName];

    /// <summary>Files a run writes only sometimes; a run that does not write them removes an earlier run's copy, so the
    /// folder never holds a file its manifest does not cover.</summary>
    public static readonly IReadOnlyList<string> OptionalFileNames = [ManifestSigner.SignatureFileName, "report.pdf"];

    public static IReadOnlyList<WrittenFile> WriteAll(EvaluationResult result, RunInfo run, ReadOnlyMemory<byte> snapshotBytes, string outDir,
        ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        var files = new List<OutputFile>
        {
            new(SarifWriter.FileName, s => SarifWriter.Write(result, run, s)),
            new(EvidenceWriter.FileName, s => EvidenceWriter.Write(result, run, s)),
            new(HtmlReportWriter.FileName, s => HtmlReportWriter.Write(result, run, s, options)),
            new(RemediationCsvWriter.FileName, s => RemediationCsvWriter.Write(result, run, s, options)),
            new(AccessReviewCsvWriter.FileName, s => AccessReviewCsvWriter.Write(result.Snapshot, result.Config.IdentityLinks, s)),
            new(SnapshotFileName, s => s.Write(snapshotBytes.Span)),
        };
        if (options.SplitRemediationBySource)
        {
            foreach (var (sourceId, name) in RemediationCsvWriter.SplitFileNames(result).OrderBy(p => p.Value, StringComparer.Ordinal))
                files.Add(new OutputFile(name, s => RemediationCsvWriter.Write(result, run, s, options, sourceId)));
        }
        files.AddRange(options.AdditionalFiles);
        if (options.Writing is { } writing)
            files = [.. files.Select(f => f with { Write = s => { writing(f.Name); f.Write(s); } })];
        var folder = new OutputFolder(outDir);
        // The previous manifest is read when sealing: after a killed run's half-publication was finished or undone.
        return folder.WriteSealed(files, hashed => Seal(hashed, run, PreviousManifestSha256(folder.Directory), options),
            [.. OptionalFileNames, .. EarlierWorklists(folder.Directory)]);
    }

    /// <summary>Per-source worklists an earlier run left (split, or of a source no longer scanned): removed unless rewritten,
    /// so the folder never holds a worklist its manifest does not cover.</summary>
    private static IEnumerable<string> EarlierWorklists(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory).Select(Path.GetFileName).OfType<string>().Where(Internal.Worklist.WorklistFileNames.IsWorklist)
            : [];

    private static List<OutputFile> Seal(IReadOnlyList<WrittenFile> hashed, RunInfo run, string? previous, ReportOptions options)
    {
        var key = options.SigningKey;
        options.Writing?.Invoke(ManifestWriter.FileName);
        var manifest = Render(s => ManifestWriter.Write(hashed, run, s, previous, key is null ? null : ManifestSigner.PublicKeySha256(key)));
        var sealing = new List<OutputFile> { new(ManifestWriter.FileName, s => s.Write(manifest)) };
        if (key is not null)
            sealing.Add(new OutputFile(ManifestSigner.SignatureFileName, s => s.Write(ManifestSigner.Sign(key, manifest))));
        return sealing;
    }

    private static string? PreviousManifestSha256(string directory)
    {
        var path = Path.Combine(directory, ManifestWriter.FileName);
        return File.Exists(path) ? RunInfo.Sha256Of(File.ReadAllBytes(path)) : null;
    }

    private static byte[] Render(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
