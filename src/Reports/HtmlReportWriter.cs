using System.Text;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Html;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports;

/// <summary>
/// Writes report.html for auditors: one self-contained page (inline CSS and SVG, no script, nothing fetched —
/// the Content-Security-Policy forbids it), printable on A4 with a page break before each control. The run
/// header, the coverage of the organisation's whole control set, per control the rules that evidence it with
/// their populations, counts, sources and resources, and the waivers. Every value from the tenant or the
/// configuration is HTML-encoded. Lists are bounded (<see cref="ReportOptions"/>) so a large tenant's page
/// stays small; evidence.json has everything.
/// </summary>
public static class HtmlReportWriter
{
    public const string FileName = "report.html";

    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

    public static void Write(EvaluationResult result, RunInfo run, Stream stream, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        var t = ReportText.For(options.Language);
        var coverage = ControlCoverage.Of(result);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        var html = new HtmlWriter(writer);
        html.Raw("<!DOCTYPE html>\n<html lang=\"").Text(t.Lang).Raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").Text(ContentSecurityPolicy).Raw("\">\n");
        html.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Raw("<meta name=\"generator\" content=\"").Text($"{run.ToolName} {run.ToolVersion}").Raw("\">\n");
        html.Open("title").Text(t.Title + (result.Snapshot.Organization is { } org ? " — " + org : "")).Close("title").Raw("\n");
        html.Raw("<style>\n").Raw(HtmlStyle.Css).Raw("\n</style>\n</head>\n<body>\n");
        HtmlRunHeader.Write(html, result, run, t);
        html.Raw("\n<main>\n");
        HtmlSummary.Write(html, result, coverage, t);
        html.Raw("\n");
        HtmlCoverage.Write(html, coverage, options.PassRates, t);
        html.Raw("\n");
        HtmlWaivers.Write(html, result.Waivers, t);
        html.Raw("\n");
        HtmlAccessReview.Write(html, result, t);
        html.Raw("\n");
        HtmlControlSections.Write(html, result, coverage, options, t);
        html.Raw("\n</main>\n<footer>").Element("p", t.Integrity, "muted").Raw("</footer>\n</body>\n</html>\n");
        writer.Flush();
    }
}
