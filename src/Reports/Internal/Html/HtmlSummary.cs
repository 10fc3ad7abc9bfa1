using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The overall counts and one row per rule with its counts by outcome.</summary>
internal static class HtmlSummary
{
    public static readonly Outcome[] Columns = [Outcome.Pass, Outcome.Fail, Outcome.Waived, Outcome.Error, Outcome.NotApplicable];

    public static void Write(HtmlWriter html, EvaluationResult result, IReadOnlyList<ControlCoverage> coverage, ReportText t)
    {
        html.Open("section", id: "summary").Element("h2", t.SummaryHeading);
        html.Open("p");
        foreach (var status in Enum.GetValues<CoverageStatus>())
        {
            html.Element("span", t.Coverage[status], "badge s-" + status.ToString().ToLowerInvariant())
                .Text($" {HtmlFormat.Number(coverage.Count(c => c.Status == status))}   ");
        }
        html.Close("p");
        HtmlBar.Write(html, result.Count, t);
        HtmlBar.WriteLegend(html, t);
        html.Raw("<table class=\"by-rule\"><thead><tr>");
        html.Element("th", t.Rule).Element("th", t.Severity).Element("th", t.Result);
        foreach (var outcome in Columns)
            html.Element("th", t.Outcomes[outcome], "n");
        html.Raw("</tr></thead><tbody>");
        foreach (var rule in result.Rules)
        {
            var text = RuleTexts.Of(rule.Descriptor, t);
            html.Raw("<tr><td>").Link(HtmlWriter.Anchor("rule", rule.Descriptor.Id), rule.Descriptor.Id).Text(" " + text.Title).Raw("</td>");
            html.Element("td", rule.Severity.ToName()).Open("td");
            HtmlResults.Badge(html, HtmlResults.Of(rule), t);
            html.Close("td");
            foreach (var outcome in Columns)
                html.Element("td", HtmlFormat.Number(rule.Count(outcome)), "n");
            html.Raw("</tr>");
        }
        html.Raw("<tr><th colspan=\"3\">").Text(t.Total).Raw("</th>");
        foreach (var outcome in Columns)
            html.Element("th", HtmlFormat.Number(result.Count(outcome)), "n");
        html.Raw("</tr></tbody></table></section>");
    }
}
