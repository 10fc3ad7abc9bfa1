using System.Globalization;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>
/// The pass rate of each control evidenced automatically over the recent runs, as a chart with a labelled axis
/// and as the values themselves, so the printed page says what the line says.
/// </summary>
internal static class HtmlTrend
{
    private const double Width = 320, Height = 72, Left = 34, Right = 6, Top = 6, Bottom = 16;

    public static void Write(HtmlWriter html, IReadOnlyList<ControlCoverage> coverage, PassRateHistory? history, RunInfo run, ReportText t)
    {
        if (history is null || history.Runs.Count == 0)
            return;
        var rows = coverage.Where(c => c.Status == CoverageStatus.Automated)
            .Select(c => (Row: c, Points: HtmlPassRateChart.PointsOf(c, history))).Where(r => r.Points.Count > 1).ToList();
        if (rows.Count == 0)
            return;
        var first = history.Runs.OrderBy(r => r.FinishedAt).TakeLast(PassRateHistory.EarlierRuns).First().FinishedAt;
        html.Open("section", "trend", "trend").Element("h2", t.TrendHeading).Element("p", t.TrendIntro, "muted");
        html.Raw("<table class=\"trend\"><thead><tr><th scope=\"col\">").Text(t.Control).Raw("</th><th scope=\"col\">").Text(t.PassRate)
            .Raw("</th><th scope=\"col\">%</th></tr></thead><tbody>");
        foreach (var (row, points) in rows)
        {
            html.Raw("<tr><td>").Link(HtmlWriter.Anchor("control", row.Control.Number), row.Control.Number).Text(" " + row.Control.Title(t.Japanese)).Raw("</td><td>");
            Chart(html, points, t.Date(DateOnly.FromDateTime(first.UtcDateTime)), t.Date(DateOnly.FromDateTime(run.FinishedAt.UtcDateTime)), t);
            html.Raw("</td><td class=\"values mono\">").Text(string.Join(" ", points.Select(Rate))).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></section>");
    }

    private static string Rate(RuleCounts counts) =>
        counts.Total == 0 ? "—" : (counts.Pass * 100 / counts.Total).ToString(CultureInfo.InvariantCulture);

    private static void Chart(HtmlWriter html, IReadOnlyList<RuleCounts> points, string from, string to, ReportText t)
    {
        var label = $"{t.PassRate}: {string.Join(", ", points.Select(Rate))} %";
        html.Raw(F($"<svg class=\"trendchart\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\"")).Attribute("aria-label", label).Raw(">");
        html.Open("title").Text(label).Close("title");
        foreach (var percent in new[] { 0, 50, 100 })
        {
            var y = Y(percent / 100.0);
            html.Raw(F($"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#8c959f\" stroke-width=\"0.6\"></line>"));
            html.Raw(F($"<text x=\"{Left - 4}\" y=\"{y + 3:0.#}\" text-anchor=\"end\" font-size=\"9\" fill=\"#1f2328\">{percent}%</text>"));
        }
        html.Raw(F($"<text x=\"{Left}\" y=\"{Height - 3}\" font-size=\"9\" fill=\"#1f2328\">")).Text(from).Raw("</text>");
        html.Raw(F($"<text x=\"{Width - Right}\" y=\"{Height - 3}\" text-anchor=\"end\" font-size=\"9\" fill=\"#1f2328\">")).Text(to).Raw("</text>");
        var coordinates = points.Select((p, i) => (p, X: Left + i * (Width - Left - Right) / (points.Count - 1)))
            .Where(p => p.p.Total > 0).Select(p => F($"{p.X:0.#},{Y((double)p.p.Pass / p.p.Total):0.#}")).ToList();
        html.Raw($"<polyline points=\"{string.Join(' ', coordinates)}\" fill=\"none\" stroke=\"#0550ae\" stroke-width=\"1.6\"></polyline>");
        foreach (var c in coordinates)
        {
            var xy = c.Split(',');
            html.Raw($"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"1.8\" fill=\"#0550ae\"></circle>");
        }
        html.Raw("</svg>");
    }

    private static double Y(double rate) => Top + (1 - rate) * (Height - Top - Bottom);

    private static string F(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
