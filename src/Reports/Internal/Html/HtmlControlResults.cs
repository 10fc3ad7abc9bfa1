using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The per-control table under the verdict: each control this run's rules evidence, its result (FAIL,
/// INCOMPLETE, PASS), its counts and a link to its evidence; the cover page of the printed report ends with it.</summary>
internal static class HtmlControlResults
{
    private static readonly Outcome[] Columns = [Outcome.Fail, Outcome.Error, Outcome.Waived, Outcome.Pass];

    public static void Write(HtmlWriter html, IReadOnlyList<ControlCoverage> coverage, ReportText t)
    {
        html.Open("section", id: "control-results").Element("h2", t.ControlResultsHeading).Element("p", t.ControlResultsIntro, "muted");
        html.Raw("<table class=\"results\"><thead><tr>");
        html.Raw("<th scope=\"col\">").Text(t.Control).Raw("</th><th scope=\"col\">").Text(t.Name).Raw("</th><th scope=\"col\">").Text(t.Result).Raw("</th>");
        foreach (var outcome in Columns)
            html.Raw("<th scope=\"col\" class=\"n\">").Text(t.Outcomes[outcome]).Raw("</th>");
        html.Raw("<th scope=\"col\">").Text(t.Rules).Raw("</th></tr></thead><tbody>");
        foreach (var row in coverage.Where(c => c.Rules.Count > 0).OrderBy(Rank).ThenBy(c => OrganisationControls.IndexOf(c.Control)))
        {
            var state = HtmlResults.Of(row);
            html.Open("tr", HtmlResults.CssName(state)).Open("td").Link(HtmlWriter.Anchor("control", row.Control.Number), row.Control.Number).Close("td");
            html.Open("td").Text(row.Control.Title(t.Japanese));
            if (!t.Japanese)
                html.Japanese(row.Control.TitleJa);
            html.Close("td").Open("td");
            HtmlResults.Badge(html, state, t);
            html.Close("td");
            foreach (var outcome in Columns)
                html.Element("td", HtmlFormat.Number(row.Count(outcome)), "n");
            html.Open("td", "ids");
            foreach (var rule in row.Rules)
                html.Link(HtmlWriter.Anchor("rule", rule.Descriptor.Id), rule.Descriptor.Id).Raw(" ");
            html.Close("td").Close("tr");
        }
        html.Raw("</tbody></table></section>");
    }

    /// <summary>Failing controls first, then incomplete, then passing: the auditor's reading order.</summary>
    private static int Rank(ControlCoverage row) => HtmlResults.Of(row) switch
    {
        ResultState.Fail => 0,
        ResultState.Incomplete => 1,
        ResultState.Pass => 2,
        _ => 3,
    };
}
