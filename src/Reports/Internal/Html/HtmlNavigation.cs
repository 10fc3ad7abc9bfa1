using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The table of contents (a sticky side bar on screen, its own page in print) and the filter over the
/// evidence, which stays hidden until the page's script shows it, so a reader without script sees no dead form.</summary>
internal static class HtmlNavigation
{
    /// <summary>The sections of the page in order, as (anchor, heading); a section added to the report adds itself here.</summary>
    public static void WriteContents(HtmlWriter html, IReadOnlyList<(string Anchor, string Heading)> sections,
        IReadOnlyList<ControlCoverage> coverage, ReportText t)
    {
        html.Raw("<nav id=\"toc\"").Attribute("aria-label", t.Contents).Raw(">").Element("h2", t.Contents).Raw("<ol>");
        foreach (var (anchor, heading) in sections)
        {
            html.Raw("<li>").Link(anchor, heading);
            if (anchor == "controls")
            {
                html.Raw("<ol>");
                foreach (var row in coverage.Where(c => c.Rules.Count > 0))
                {
                    var state = HtmlResults.Of(row);
                    html.Raw("<li>").Link(HtmlWriter.Anchor("control", row.Control.Number), $"{row.Control.Number} {row.Control.Title(t.Japanese)}");
                    if (state is ResultState.Fail or ResultState.Incomplete)
                        html.Raw(" ").Element("span", $"{t.Results[state]} {HtmlFormat.Number(state == ResultState.Fail ? row.Count(Outcome.Fail) : row.Count(Outcome.Error))}", "tag " + HtmlResults.CssName(state));
                    html.Raw("</li>");
                }
                html.Raw("</ol>");
            }
            html.Raw("</li>");
        }
        html.Raw("</ol></nav>");
    }

    public static void WriteFilter(HtmlWriter html, EvaluationResult result, IReadOnlyList<ControlCoverage> coverage, ReportText t)
    {
        html.Raw("<form id=\"filter\" class=\"filter\" hidden role=\"search\"").Attribute("aria-label", t.FilterHeading).Raw(">");
        html.Raw("<label>").Text(t.Search).Raw(" <input type=\"search\" name=\"q\" autocomplete=\"off\"></label>");
        Select(html, "rule", t.Rule, result.Rules.Select(r => (r.Descriptor.Id, r.Descriptor.Id)), t);
        Select(html, "control", t.Control, coverage.Where(c => c.Rules.Count > 0).Select(c => (c.Control.Number, c.Control.Number)), t);
        Select(html, "sev", t.Severity, new[] { Severity.Error, Severity.Warning, Severity.Note }.Select(s => (s.ToName(), s.ToName())), t);
        Select(html, "source", t.Source, result.Snapshot.Sources.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => (s.Id, s.Id)), t);
        Select(html, "state", t.State, new[] { ResultState.Fail, ResultState.Incomplete, ResultState.Pass, ResultState.NotEvaluated }
            .Select(s => (s.ToString().ToLowerInvariant(), t.Results[s])), t);
        html.Raw("<output id=\"filter-count\" aria-live=\"polite\"").Attribute("data-template", t.FilterCount).Raw("></output></form>");
    }

    private static void Select(HtmlWriter html, string name, string label, IEnumerable<(string Value, string Text)> options, ReportText t)
    {
        html.Raw("<label>").Text(label).Raw(" <select").Attribute("name", name).Raw("><option value=\"\">").Text(t.All).Raw("</option>");
        foreach (var (value, text) in options)
            html.Raw("<option").Attribute("value", value).Raw(">").Text(text).Raw("</option>");
        html.Raw("</select></label>");
    }
}
