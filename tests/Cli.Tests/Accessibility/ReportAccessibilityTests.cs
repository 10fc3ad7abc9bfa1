using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ComplianceEngine.Cli.Tests.Accessibility;

/// <summary>
/// axe-core (a pinned copy under axe-core/, MPL-2.0) run in headless Chromium over the sample's report.html, in
/// English and Japanese, on a desktop window and a 390 px phone: no violation, and on the phone the page itself is no
/// wider than the screen. The copy under test has its Content-Security-Policy removed so axe's script may run.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed partial class ReportAccessibilityTests
{
    [ChromiumTheory]
    [InlineData("en", 1280)]
    [InlineData("en", 390)]
    [InlineData("ja", 1280)]
    [InlineData("ja", 390)]
    public async Task Axe_core_finds_no_violation_and_a_phone_does_not_scroll_sideways(string lang, int width)
    {
        using var dir = new TempDir();
        var scan = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.Path, "--lang", lang, "--no-history");
        scan.ExitCode.ShouldBe(ExitCodes.Failures, scan.Stderr);

        var result = await Audit(dir.File("report.html"), width, dir.Path);

        var violations = result["violations"]!.AsArray();
        violations.Count.ShouldBe(0, violations.ToJsonString());
        ((int)result["scrollWidth"]!).ShouldBeLessThanOrEqualTo(width, "the page must not overflow the window horizontally");
    }

    [ChromiumFact]
    public async Task The_filter_script_runs_under_the_pages_own_content_security_policy()
    {
        using var dir = new TempDir();
        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.Path, "--no-history");

        var start = new ProcessStartInfo(PdfReportTests.Chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            $"--user-data-dir={Path.Combine(dir.Path, "profile")}", "--dump-dom", new Uri(dir.File("report.html")).AbsoluteUri,
        ]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        dom.ShouldContain("<form id=\"filter\" class=\"filter\" role=\"search\"", customMessage: "the script un-hides the filter: " + await stderr);
        Regex.IsMatch(dom, "data-template=\"\\{0\\} of \\{1\\} rules shown\">([0-9]+) of \\1 rules shown</output>").ShouldBeTrue("the script counted the rules");
    }

    private static async Task<JsonObject> Audit(string report, int width, string work)
    {
        var axe = await File.ReadAllTextAsync(Repository.PathOf("tests", "Cli.Tests", "Accessibility", "axe-core", "axe.min.js"));
        var page = CspMeta().Replace(await File.ReadAllTextAsync(report), "", 1);
        const string Runner = """
            <script>
            axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
              var out = document.createElement('pre'); out.id = 'axe-results';
              out.textContent = JSON.stringify({ scrollWidth: document.documentElement.scrollWidth,
                violations: r.violations.map(function (v) { return { id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }) }; }) });
              document.body.appendChild(out);
              parent.postMessage(out.textContent, '*');
            });
            </script>
            """;
        var index = page.LastIndexOf("</body>", StringComparison.Ordinal);
        var audited = Path.Combine(work, "axe.html");
        await File.WriteAllTextAsync(audited, page[..index] + "<script>" + axe + "</script>" + Runner + page[index..]);
        // Headless Chromium's window is at least 500 px wide; a frame of the exact width stands for the phone.
        var frame = Path.Combine(work, "frame.html");
        await File.WriteAllTextAsync(frame, $$"""
            <!DOCTYPE html><html><body style="margin:0"><iframe src="axe.html" style="width:{{width}}px;height:900px;border:0"></iframe>
            <script>addEventListener('message', function (e) { var out = document.createElement('pre'); out.id = 'axe-results'; out.textContent = e.data; document.body.appendChild(out); });</script>
            </body></html>
            """);

        var start = new ProcessStartInfo(PdfReportTests.Chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--hide-scrollbars",
            $"--user-data-dir={Path.Combine(work, "profile")}", $"--window-size={width + 40},960", "--virtual-time-budget=60000",
            "--dump-dom", new Uri(frame).AbsoluteUri,
        ]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var match = Results().Match(dom);
        match.Success.ShouldBeTrue($"axe wrote no results; chromium said: {await stderr}");
        return JsonNode.Parse(WebUtility.HtmlDecode(match.Groups[1].Value))!.AsObject();
    }

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\"[^>]*>")]
    private static partial Regex CspMeta();

    [GeneratedRegex("<pre id=\"axe-results\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Results();
}

/// <summary>A theory that runs only where headless Chromium is installed, and says why it was skipped otherwise.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(PdfReportTests.Chromium))
            Skip = $"Chromium is not installed at {PdfReportTests.Chromium} (apt-get install chromium fonts-noto-cjk); the accessibility test runs axe-core in a real browser.";
    }
}
