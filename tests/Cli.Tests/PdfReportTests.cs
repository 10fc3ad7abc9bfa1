using System.Diagnostics;

namespace ComplianceEngine.Cli.Tests;

/// <summary>A fact that runs only where headless Chromium is installed, and says why it was skipped otherwise.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists("/usr/bin/chromium"))
            Skip = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium poppler-utils); the PDF end-to-end test needs a real browser.";
    }
}

[Collection(EnvironmentCollection.Name)]
public sealed class PdfReportTests
{
    private static string PdfToText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext", ["-raw", pdf, "-"]) { RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext (poppler-utils) is needed to read the PDF");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0);
        return Squash(text);
    }

    /// <summary>Without any white space: the PDF breaks long names across lines inside narrow table cells.</summary>
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void ShouldShow(string text, string expected) => text.ShouldContain(Squash(expected));

    [ChromiumFact]
    public async Task The_samples_report_prints_to_a_pdf_that_shows_controls_counts_a_failing_account_and_a_waiver()
    {
        using var dir = new TempDir();

        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.Path, "--pdf");

        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stderr);
        run.Stderr.ShouldNotContain("warning: --pdf");
        File.ReadAllBytes(dir.File("report.pdf"))[..5].ShouldBe("%PDF-"u8.ToArray());
        var text = PdfToText(dir.File("report.pdf"));
        ShouldShow(text, "Compliance evidence report");
        ShouldShow(text, "5.17 Authentication information");
        ShouldShow(text, "Evidenced automatically");
        ShouldShow(text, "7.1 Physical security perimeters");
        ShouldShow(text, "ENT-MFA-01 Enabled member user without MFA registered error 37 5 0 0 0");
        ShouldShow(text, "Failing resources (5)");
        ShouldShow(text, "temp.admin@sample.onmicrosoft.com is an enabled member account with no MFA method registered");
        ShouldShow(text, "stanalyticsus01");
        ShouldShow(text, "Pilot of a US analytics service with synthetic data only");
        ShouldShow(text, "EXPIRED");
        (await CliRun.Of("verify", dir.Path)).ExitCode.ShouldBe(ExitCodes.Success, "report.pdf is covered by the manifest");
    }

    [Fact]
    public async Task Without_chromium_pdf_warns_and_keeps_the_exit_code_and_the_other_outputs()
    {
        using var dir = new TempDir();
        CliRun run;
        using (new EnvironmentVariable("COMPLIANCE_CHROMIUM", dir.File("no-such-chromium")))
            run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.File("out"), "--pdf");

        run.ExitCode.ShouldBe(ExitCodes.Failures);
        run.Stderr.ShouldContain($"warning: --pdf: Chromium was not found at {dir.File("no-such-chromium")}, so report.pdf was not written");
        File.Exists(dir.File("out/report.pdf")).ShouldBeFalse();
        File.Exists(dir.File("out/report.html")).ShouldBeTrue();
        (await CliRun.Of("verify", dir.File("out"))).ExitCode.ShouldBe(ExitCodes.Success);
    }
}
