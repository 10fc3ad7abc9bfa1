using System.Globalization;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>A stacked bar of outcome counts as inline SVG, with the counts in its accessible label.</summary>
internal static class HtmlBar
{
    private static readonly Outcome[] Order = [Outcome.Pass, Outcome.Waived, Outcome.Fail, Outcome.Error, Outcome.NotApplicable];
    private static readonly IReadOnlyDictionary<Outcome, string> Colours = new Dictionary<Outcome, string>
    {
        [Outcome.Pass] = "#1a7f37", [Outcome.Fail] = "#b42318", [Outcome.Waived] = "#6639ba",
        [Outcome.NotApplicable] = "#59636e", [Outcome.Error] = "#9a4a00",
    };

    public static void Write(HtmlWriter html, Func<Outcome, int> count, ReportText text)
    {
        var total = Order.Sum(count);
        if (total == 0)
            return;
        var label = string.Join(", ", Order.Where(o => count(o) > 0).Select(o => $"{text.Outcomes[o]} {HtmlFormat.Number(count(o))}"));
        html.Raw("<svg class=\"bar\" viewBox=\"0 0 1000 18\" preserveAspectRatio=\"none\" role=\"img\"").Attribute("aria-label", label).Raw(">");
        html.Open("title").Text(label).Close("title");
        double x = 0;
        foreach (var outcome in Order)
        {
            var n = count(outcome);
            if (n == 0)
                continue;
            var width = 1000.0 * n / total;
            html.Raw(string.Create(CultureInfo.InvariantCulture,
                $"<rect x=\"{x:F1}\" y=\"0\" width=\"{width:F1}\" height=\"18\" fill=\"{Colours[outcome]}\"></rect>"));
            x += width;
        }
        html.Raw("</svg>");
    }

    /// <summary>What the bar's colours mean, in the bar's order.</summary>
    public static void WriteLegend(HtmlWriter html, ReportText text)
    {
        html.Raw("<ul class=\"legend\"").Attribute("aria-label", text.Legend).Raw(">");
        foreach (var outcome in Order)
            html.Raw($"<li><span class=\"swatch\" style=\"background:{Colours[outcome]}\"></span>").Text(text.Outcomes[outcome]).Raw("</li>");
        html.Raw("</ul>");
    }
}
