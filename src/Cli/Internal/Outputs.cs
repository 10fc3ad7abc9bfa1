using System.Reflection;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports;
using Serilog;

namespace ComplianceEngine.Cli.Internal;

/// <summary>Writes a scan's outputs into the --out folder through the report writers.</summary>
internal static class Outputs
{
    public static string ToolVersion { get; } =
        typeof(Outputs).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static async Task<IReadOnlyList<WrittenFile>> WriteAsync(EvaluationResult result, RunInfo run, SnapshotInput input, DirectoryInfo outDir,
        ReportOptions options, bool pdf, ILogger log, TextWriter stderr, CancellationToken cancellation, ScanProgress? progress = null)
    {
        if (pdf)
            progress?.PrintingPdf();
        if (pdf && await PdfPrinter.PrintAsync(s => HtmlReportWriter.Write(result, run, s, options), options.Language == ReportLanguage.Japanese, log, stderr, cancellation) is { } printed)
            options = options with { AdditionalFiles = [new OutputFile(PdfPrinter.FileName, s => s.Write(printed))] };
        return ReportSet.WriteAll(result, run, input.Bytes, outDir.FullName, options);
    }

    public static RunInfo RunInfoFor(EvaluationResult result, SnapshotInput input, IEnumerable<string> arguments, RunDrift? drift = null) =>
        new()
        {
            ToolVersion = ToolVersion,
            RunId = Guid.NewGuid().ToString("N"),
            StartedAt = result.EvaluatedAt - result.Duration,
            FinishedAt = result.EvaluatedAt,
            Arguments = RunInfo.SafeArguments(arguments),
            ConfigPath = result.Config.Path,
            ConfigSha256 = result.Config.Sha256,
            SnapshotPath = input.Origin,
            SnapshotSha256 = input.Sha256,
            Drift = drift,
        };
}
