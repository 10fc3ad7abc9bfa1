using System.Text;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Html;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports;

/// <summary>
/// Writes report.html for auditors: one self-contained page (inline CSS and SVG, one inline script allowed by its
/// hash, nothing fetched — the Content-Security-Policy forbids it). It opens with the verdict (FAIL, PASS or
/// INCOMPLETE, the exit code, failures by severity, what changed since the previous run) and the result per control;
/// then the contents, the changes and trend, the summary per rule, the coverage of the organisation's whole control
/// set, the waivers, the evidence per control with a filter, and last the run and its sources. Printed, the verdict
/// and per-control table are the cover page and passes are listed. Every value from the tenant or the configuration
/// is HTML-encoded. Lists are bounded (<see cref="ReportOptions"/>) so a large tenant's page stays small;
/// evidence.json has everything.
/// </summary>
public static class HtmlReportWriter
{
    public const string FileName = "report.html";

    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{HtmlScript.Sha256}'; img-src data:; form-action 'none'; base-uri 'none'";

    public static void Write(EvaluationResult result, RunInfo run, Stream stream, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        var t = ReportText.For(options);
        var coverage = ControlCoverage.Of(result);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        var html = new HtmlWriter(writer);
        html.Raw("<!DOCTYPE html>\n<html lang=\"").Text(t.Lang).Raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").Text(ContentSecurityPolicy).Raw("\">\n");
        html.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Raw("<meta name=\"generator\" content=\"").Text($"{run.ToolName} {run.ToolVersion}").Raw("\">\n");
        html.Open("title").Text(t.Title + (result.Snapshot.Organization is { } org ? " — " + org : "")).Close("title").Raw("\n");
        html.Raw("<style>\n").Raw(HtmlStyle.Css).Raw("\n").Raw(HtmlStyle.PageMargins(t.Title, run.RunId, t.Page)).Raw("\n</style>\n</head>\n<body>\n");
        html.Raw("<a class=\"skip\" href=\"#main\">").Text(t.SkipLink).Raw("</a>\n<header>");
        html.Element("h1", t.Title + (result.Snapshot.Organization is null ? "" : " — " + result.Snapshot.Organization));
        html.Raw("</header>\n<main id=\"main\">\n");
        HtmlVerdict.Write(html, result, run, options, t);
        HtmlControlResults.Write(html, coverage, t);
        var sections = Sections(result, run, coverage, options, t).Where(s => s.Present).ToList();
        HtmlNavigation.WriteContents(html, [("verdict", t.VerdictHeading), ("control-results", t.ControlResultsHeading), .. sections.Select(s => (s.Anchor, s.Heading))], coverage, t);
        foreach (var section in sections)
        {
            html.Raw("\n");
            section.Write(html);
        }
        html.Raw("\n</main>\n<footer>").Element("p", t.Integrity, "muted").Raw("</footer>\n<script>").Raw(HtmlScript.Filter).Raw("</script>\n</body>\n</html>\n");
        writer.Flush();
    }

    /// <summary>The sections after the verdict and the per-control table, in reading order. A new section is one
    /// more renderer here; the contents list it by its anchor and heading.</summary>
    private static IEnumerable<HtmlSection> Sections(EvaluationResult result, RunInfo run, IReadOnlyList<ControlCoverage> coverage, ReportOptions options, ReportText t)
    {
        yield return new("drift", t.DriftHeading, run.Drift?.Baseline is not null, h => HtmlDrift.Write(h, run.Drift, options, t));
        yield return new("trend", t.TrendHeading, options.PassRates is { Runs.Count: > 0 }, h => HtmlTrend.Write(h, coverage, options.PassRates, run, t));
        yield return new("summary", t.SummaryHeading, true, h => HtmlSummary.Write(h, result, coverage, t));
        yield return new("coverage", t.CoverageHeading, true, h => HtmlCoverage.Write(h, coverage, options.PassRates, t));
        yield return new("waivers", t.WaiversHeading, true, h => HtmlWaivers.Write(h, result.Waivers, t));
        yield return new("access-review", t.AccessReviewHeading, true, h => HtmlAccessReview.Write(h, result, t));
        yield return new("controls", t.ControlsHeading, true, h => HtmlControlSections.Write(h, result, coverage, options, run, t));
        yield return new("run", t.RunHeading, true, h => HtmlRunHeader.Write(h, result, run, t));
    }
}
