using ComplianceEngine.Reports.Internal;

namespace ComplianceEngine.Reports;

/// <summary>
/// Writes manifest.json: the SHA-256 and size of every other file of the run, so an auditor can tell that
/// none was edited afterwards. Written last.
/// </summary>
public static class ManifestWriter
{
    public const string FileName = "manifest.json";
    public const int FormatVersion = 1;

    public static void Write(IReadOnlyList<WrittenFile> files, RunInfo run, Stream stream)
    {
        using var writer = JsonOutput.CreateWriter(stream);
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", FormatVersion);
        writer.WriteString("tool", run.ToolName);
        writer.WriteString("toolVersion", run.ToolVersion);
        writer.WriteString("runId", run.RunId);
        writer.WriteString("createdAt", JsonOutput.Timestamp(run.FinishedAt));
        writer.WriteString("algorithm", "sha256");
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
