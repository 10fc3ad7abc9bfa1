using ComplianceEngine.Reports.Internal;

namespace ComplianceEngine.Reports;

/// <summary>
/// Writes manifest.json: the SHA-256 and size of every other file of the run, so an auditor can tell that
/// none was edited afterwards; the SHA-256 of the manifest it replaced in the same folder (a chain across
/// nightly runs); and, when signed, which key signs it. Written last.
/// </summary>
public static class ManifestWriter
{
    public const string FileName = "manifest.json";
    public const int FormatVersion = 1;

    public static void Write(IReadOnlyList<WrittenFile> files, RunInfo run, Stream stream,
        string? previousManifestSha256 = null, string? signingKeySha256 = null)
    {
        using var writer = JsonOutput.CreateWriter(stream);
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", FormatVersion);
        writer.WriteString("tool", run.ToolName);
        writer.WriteString("toolVersion", run.ToolVersion);
        writer.WriteString("runId", run.RunId);
        writer.WriteString("createdAt", JsonOutput.Timestamp(run.FinishedAt));
        writer.WriteString("algorithm", "sha256");
        if (previousManifestSha256 is not null)
            writer.WriteString("previousManifestSha256", previousManifestSha256);
        if (signingKeySha256 is not null)
        {
            writer.WriteStartObject("signature");
            writer.WriteString("file", Integrity.ManifestSigner.SignatureFileName);
            writer.WriteString("algorithm", Integrity.ManifestSigner.Algorithm);
            writer.WriteString("format", Integrity.ManifestSigner.Format);
            writer.WriteString("publicKeySha256", signingKeySha256);
            writer.WriteEndObject();
        }
        writer.WriteStartArray("files");
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("name", file.Name);
            writer.WriteString("sha256", file.Sha256);
            writer.WriteNumber("size", file.Size);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }
}
