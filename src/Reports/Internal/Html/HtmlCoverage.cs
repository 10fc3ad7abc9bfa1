using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The coverage table over the organisation's whole control set: the table an auditor holds against the
/// Statement of Applicability.</summary>
internal static class HtmlCoverage
{
    private static readonly Outcome[] Columns = [Outcome.Pass, Outcome.Fail, Outcome.Waived, Outcome.Error];

    public static void Write(HtmlWriter html, IReadOnlyList<ControlCoverage> coverage, PassRateHistory? passRates, ReportText t)
    {
        html.Open("section", id: "coverage").Element("h2", t.CoverageHeading).Element("p", t.CoverageIntro);
        html.Raw("<table><thead><tr>");
        html.Element("th", t.Control).Element("th", t.Name).Element("th", t.Status).Element("th", t.Rules);
        foreach (var outcome in Columns)
            html.Element("th", t.Outcomes[outcome], "n");
        html.Raw("</tr></thead><tbody>");
        var theme = 0;
        foreach (var row in coverage)
        {
            var control = row.Control;
            if (control.Theme != theme)
            {
                theme = control.Theme;
                html.Raw("<tr class=\"theme\"><th colspan=\"8\">").Text(t.Themes[theme]).Raw("</th></tr>");
            }
            html.Raw("<tr>");
            html.Open("td");
            if (row.Rules.Count > 0)
                html.Link(HtmlWriter.Anchor("control", control.Number), control.Number);
            else
                html.Text(control.Number);
            html.Close("td");
            html.Open("td").Text(control.Title(t.Japanese));
            if (!t.Japanese)
                html.Japanese(control.TitleJa);
            if (control.CloudSection is not null)
                html.Element("span", "ISO/IEC 27017 " + control.CloudSection, "muted");
            html.Close("td");
            html.Open("td").Element("span", t.Coverage[row.Status], "badge s-" + row.Status.ToString().ToLowerInvariant());
            HtmlPassRateChart.Write(html, row, passRates, t);
            html.Close("td");
            html.Open("td");
            foreach (var rule in row.Rules)
                html.Link(HtmlWriter.Anchor("rule", rule.Descriptor.Id), rule.Descriptor.Id).Raw(" ");
            html.Close("td");
            foreach (var outcome in Columns)
                html.Element("td", row.Rules.Count == 0 ? "" : HtmlFormat.Number(row.Count(outcome)), "n");
            html.Raw("</tr>");
        }
        html.Raw("</tbody></table></section>");
    }
}
