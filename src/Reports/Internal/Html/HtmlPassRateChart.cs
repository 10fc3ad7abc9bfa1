using System.Globalization;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>
/// A control's pass rate over the last <see cref="PassRateHistory.Window"/> runs as a small inline SVG line, the
/// current run last. A run's rate adds up the counts of the rules that evidence the control in this run, so a
/// rule referring to the control under two frameworks counts once.
/// </summary>
internal static class HtmlPassRateChart
{
    private const double Width = 120, Height = 24, Pad = 2;
    private const string LineColour = "#0969da", GridColour = "#d0d7de", PassColour = "#2e7d32", FailColour = "#c62828";

    public static void Write(HtmlWriter html, ControlCoverage row, PassRateHistory? history, ReportText t)
    {
        if (history is null || row.Status != CoverageStatus.Automated)
            return;
        var points = PointsOf(row, history);
        var last = points[^1];
        if (points.Count < 2 || last.Total == 0)
            return;
        var label = string.Format(CultureInfo.InvariantCulture, t.PassRateChart, last.Pass * 100 / last.Total, points.Count);
        html.Raw(string.Create(CultureInfo.InvariantCulture,
            $"<svg class=\"trend\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\""));
        html.Attribute("aria-label", label).Raw(">");
        html.Open("title").Text(label).Close("title");
        html.Raw(Line(Pad, GridColour)).Raw(Line(Height - Pad, GridColour));
        foreach (var segment in Segments(points))
        {
            html.Raw(segment.Count == 1
                ? Dot(segment[0], 1.2, LineColour)
                : $"<polyline points=\"{string.Join(' ', segment.Select(p => Coordinates(p.X, p.Y)))}\" fill=\"none\" stroke=\"{LineColour}\" stroke-width=\"1.5\"></polyline>");
        }
        html.Raw(Dot(Position(points.Count - 1, points.Count, last), 2, last.Pass == last.Total ? PassColour : FailColour));
        html.Raw("</svg>");
    }

    /// <summary>The control's counts per run, oldest first, the current run last; earlier runs in which none of its
    /// rules ran are left out.</summary>
    internal static IReadOnlyList<RuleCounts> PointsOf(ControlCoverage row, PassRateHistory history)
    {
        var ids = row.Rules.Select(r => r.Descriptor.Id).ToList();
        var earlier = history.Runs.OrderBy(r => r.FinishedAt).TakeLast(PassRateHistory.EarlierRuns)
            .Select(run => ids.Where(run.Rules.ContainsKey).Select(id => run.Rules[id]).ToList())
            .Where(counts => counts.Count > 0)
            .Select(counts => counts.Aggregate((a, b) => a + b));
        var current = row.Rules.Select(r => new RuleCounts(r.Count(Outcome.Pass), r.Count(Outcome.Fail), r.Count(Outcome.Waived), r.Count(Outcome.Error)))
            .Aggregate(new RuleCounts(0, 0, 0, 0), (a, b) => a + b);
        return [.. earlier, current];
    }

    /// <summary>Runs of consecutive points with a rate; a run in which nothing was evaluated leaves a gap.</summary>
    private static List<List<(double X, double Y)>> Segments(IReadOnlyList<RuleCounts> points)
    {
        var segments = new List<List<(double, double)>>();
        List<(double, double)>? current = null;
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Total == 0)
            {
                current = null;
                continue;
            }
            if (current is null)
                segments.Add(current = []);
            current.Add(Position(i, points.Count, points[i]));
        }
        return segments;
    }

    private static (double X, double Y) Position(int index, int count, RuleCounts counts) =>
        (Pad + index * (Width - 2 * Pad) / (count - 1), Pad + (1 - (double)counts.Pass / counts.Total) * (Height - 2 * Pad));

    private static string Coordinates(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"{x:0.##},{y:0.##}");

    private static string Line(double y, string colour) => string.Create(CultureInfo.InvariantCulture,
        $"<line x1=\"0\" y1=\"{y}\" x2=\"{Width}\" y2=\"{y}\" stroke=\"{colour}\" stroke-width=\"0.5\"></line>");

    private static string Dot((double X, double Y) at, double radius, string colour) => string.Create(CultureInfo.InvariantCulture,
        $"<circle cx=\"{at.X:0.##}\" cy=\"{at.Y:0.##}\" r=\"{radius}\" fill=\"{colour}\"></circle>");
}
