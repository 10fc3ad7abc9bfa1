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
    public const string Chromium = "/usr/bin/chromium";

    private static string PdfToText(string pdf, int? lastPage = null)
    {
        var start = new ProcessStartInfo("pdftotext", lastPage is { } last ? ["-raw", "-l", last.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-"] : ["-raw", pdf, "-"]) { RedirectStandardOutput = true };
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
        ShouldShow(text, "Contents");
        ShouldShow(text, "7.1 Physical security perimeters");
        ShouldShow(text, "Verdict: FAIL");
        ShouldShow(text, "Exit code 1: failing results at or above 'error'.");
        ShouldShow(text, "5.17 Authentication information 認証情報 FAIL 35 0 0 147");
        ControlCounts(dir.File("evidence.json"), "A.5.17", "5.17").ShouldBe((35, 0, 0, 147), "the printed row agrees with evidence.json");
        ShouldShow(text, "ENT-MFA-01 Enabled member user without MFA registered FAIL");
        ShouldShow(text, "Failing resources (5)");
        ShouldShow(text, "temp.admin@sample.onmicrosoft.com is an enabled member account with no MFA method registered");
        ShouldShow(text, "stanalyticsus01");
        ShouldShow(text, "Pilot of a US analytics service with synthetic data only");
        ShouldShow(text, "EXPIRED");
        (await CliRun.Of("verify", dir.Path)).ExitCode.ShouldBe(ExitCodes.Success, "report.pdf is covered by the manifest");
    }

    [ChromiumFact]
    public async Task The_samples_pdf_lists_every_passing_resource_within_30_pages_with_the_run_id_and_page_numbers()
    {
        using var dir = new TempDir();

        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.Path, "--pdf", "--no-history");

        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stderr);
        var html = File.ReadAllText(dir.File("report.html"));
        var passes = System.Text.RegularExpressions.Regex.Matches(html, "<ul class=\"passes\">(.*?)</ul>")
            .SelectMany(list => System.Text.RegularExpressions.Regex.Matches(list.Groups[1].Value, "<li>(.*?)(?: <span|</li>)").Select(li => System.Net.WebUtility.HtmlDecode(li.Groups[1].Value)))
            .ToList();
        passes.Count.ShouldBe(396, "every pass of the sample is listed on the page (none cut by the print bound)");
        var evidence = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(dir.File("evidence.json")))!;
        ((int)evidence["summary"]!["pass"]!).ShouldBe(passes.Count, "evidence.json counts the same passes");
        var text = PdfToText(dir.File("report.pdf"));
        foreach (var name in passes.Distinct())
            ShouldShow(text, name);
        Pages(dir.File("report.pdf")).ShouldBeLessThanOrEqualTo(30);
        var firstPage = PdfToText(dir.File("report.pdf"), lastPage: 1);
        ShouldShow(firstPage, "Verdict: FAIL");
        ShouldShow(firstPage, "Result per control");
        firstPage.ShouldContain(Squash("page 1 / "));
        System.Text.RegularExpressions.Regex.IsMatch(firstPage, "run[0-9a-f]{32}").ShouldBeTrue("the run id is in the page header");
    }

    [ChromiumFact]
    public async Task A_japanese_pdf_without_a_cjk_font_is_not_printed_and_says_which_package_to_install()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("fonts.conf"), "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig></fontconfig>");
        CliRun run;
        using (new EnvironmentVariable("FONTCONFIG_FILE", dir.File("fonts.conf")))
            run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.File("out"), "--pdf", "--lang", "ja", "--no-history");

        run.ExitCode.ShouldBe(ExitCodes.Failures, "the other outputs and the exit code do not depend on the PDF");
        run.Stderr.ShouldContain("warning: --pdf: no Japanese (CJK) font is installed ('fc-list :lang=ja' lists none), so the Japanese report.pdf was not written");
        run.Stderr.ShouldContain("fonts-noto-cjk");
        File.Exists(dir.File("out/report.pdf")).ShouldBeFalse();
        File.Exists(dir.File("out/report.html")).ShouldBeTrue();
    }

    /// <summary>Fail, error, waived and pass over the rules that cite a control (ISO/IEC 27001 Annex A id or ISMS-A-04
    /// number), each rule once, as evidence.json has them.</summary>
    private static (int Fail, int Error, int Waived, int Pass) ControlCounts(string evidenceJson, string annexId, string ismsId)
    {
        var rules = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(evidenceJson))!["rules"]!.AsArray()
            .Where(r => r!["controls"]!.AsArray().Any(c =>
                ((string)c!["framework"]! == "ISO27001:2022" && (string)c["id"]! == annexId) || ((string)c["framework"]! == "ISMS-A-04" && (string)c["id"]! == ismsId)))
            .Select(r => r!["counts"]!).ToList();
        int Sum(string outcome) => rules.Sum(c => (int)c[outcome]!);
        return (Sum("fail"), Sum("error"), Sum("waived"), Sum("pass"));
    }

    private static int Pages(string pdf)
    {
        var start = new ProcessStartInfo("pdfinfo", [pdf]) { RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdfinfo (poppler-utils) is needed");
        var info = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return int.Parse(System.Text.RegularExpressions.Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
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
