using System.Diagnostics;
using Serilog;

namespace ComplianceEngine.Cli.Internal;

/// <summary>
/// Prints report.html to report.pdf with headless Chromium (Debian package <c>chromium</c>), in a throw-away
/// profile with networking extras off. When Chromium is absent or fails, says so and returns null: the scan's
/// other outputs and exit code do not depend on it.
/// </summary>
internal static class PdfPrinter
{
    public const string FileName = "report.pdf";
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>Where Chromium is: <c>COMPLIANCE_CHROMIUM</c> when set, else /usr/bin/chromium.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("COMPLIANCE_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    public static bool IsAvailable => File.Exists(ChromiumPath);

    /// <summary>Printing a 100k-user report takes minutes on two cores (docs/performance/report.md); past this, give up.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    public static async Task<byte[]?> PrintAsync(Action<Stream> writeHtml, bool japanese, ILogger log, TextWriter stderr, CancellationToken cancellation)
    {
        if (!IsAvailable)
        {
            await Warn(stderr, log, $"--pdf: Chromium was not found at {ChromiumPath}, so report.pdf was not written " +
                                    "(install the Debian package 'chromium'; report.html is complete without it).");
            return null;
        }
        // Without a Japanese font Chromium prints every Japanese character as an empty box: a PDF nobody can read.
        if (await JapaneseFonts.FindAsync(cancellation) is { Found: false } fonts)
        {
            if (japanese)
            {
                await Warn(stderr, log, $"--pdf: no Japanese (CJK) font is installed ({fonts.How}), so the Japanese report.pdf was not written: " +
                                        "its text would print as empty boxes. Install the Debian package 'fonts-noto-cjk' and run again; report.html is complete without it.");
                return null;
            }
            await Warn(stderr, log, $"--pdf: no Japanese (CJK) font is installed ({fonts.How}): the Japanese control titles and names in report.pdf print as empty boxes (install 'fonts-noto-cjk').");
        }
        var work = Directory.CreateTempSubdirectory("compliance-pdf-");
        try
        {
            var html = Path.Combine(work.FullName, "report.html");
            var pdf = Path.Combine(work.FullName, FileName);
            await using (var stream = File.Create(html))
                writeHtml(stream);
            var (exitCode, output) = await RunAsync(html, pdf, Path.Combine(work.FullName, "profile"), cancellation);
            if (exitCode == 0 && File.Exists(pdf) && new FileInfo(pdf).Length > 0)
                return await File.ReadAllBytesAsync(pdf, cancellation);
            await Warn(stderr, log, $"--pdf: Chromium exited with {exitCode} and no PDF, so report.pdf was not written: {LastLine(output)}");
            return null;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string html, string pdf, string profile, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(ChromiumPath,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={profile}",
            $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri,
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {ChromiumPath}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellation.ThrowIfCancellationRequested();
            return (-1, $"printing took longer than {Timeout.TotalMinutes:F0} minutes and was stopped");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";

    private static async Task Warn(TextWriter stderr, ILogger log, string message)
    {
        log.Warning("{Message}", message);
        await stderr.WriteLineAsync("warning: " + message);
    }
}
