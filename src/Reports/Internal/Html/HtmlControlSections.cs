using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>
/// One section per control that has rules, each starting a new printed page. A rule's evidence is written in
/// full under the first control it evidences and referred to from the others, so a large tenant's lists appear
/// once. Rules that evidence no control of the organisation's set follow in their own section.
/// </summary>
internal static class HtmlControlSections
{
    public static void Write(HtmlWriter html, EvaluationResult result, IReadOnlyList<ControlCoverage> coverage, ReportOptions options, RunInfo run, ReportText t)
    {
        html.Open("section", id: "controls").Element("h2", t.ControlsHeading);
        HtmlNavigation.WriteFilter(html, result, coverage, t);
        var writtenUnder = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in coverage.Where(c => c.Rules.Count > 0))
        {
            var control = row.Control;
            html.Open("section", "control", HtmlWriter.Anchor("control", control.Number));
            html.Element("h3", $"{control.Number} {control.Title(t.Japanese)}");
            if (!t.Japanese)
                html.Japanese(control.TitleJa);
            html.Open("p");
            HtmlResults.Badge(html, HtmlResults.Of(row), t);
            html.Raw(" ").Element("span", t.Coverage[row.Status], "badge s-" + row.Status.ToString().ToLowerInvariant()).Text(" " +
                string.Join(" · ", HtmlSummary.Columns.Where(o => row.Count(o) > 0).Select(o => $"{t.Outcomes[o]} {HtmlFormat.Number(row.Count(o))}")));
            html.Close("p");
            HtmlBar.Write(html, row.Count, t);
            foreach (var rule in row.Rules)
            {
                if (writtenUnder.TryGetValue(rule.Descriptor.Id, out var first))
                {
                    WriteReference(html, rule, first, t);
                    continue;
                }
                writtenUnder[rule.Descriptor.Id] = control.Number;
                HtmlRuleSection.Write(html, rule, result, options, run, t);
            }
            html.Close("section");
        }

        var outside = result.Rules.Where(r => ControlCoverage.ControlsOf(r).Count == 0).ToList();
        if (outside.Count > 0)
        {
            html.Open("section", "outside", "rules-outside").Element("h3", t.OtherRulesHeading);
            foreach (var rule in outside)
                HtmlRuleSection.Write(html, rule, result, options, run, t);
            html.Close("section");
        }
        html.Close("section");
    }

    private static void WriteReference(HtmlWriter html, RuleEvaluation rule, string firstControl, ReportText t)
    {
        var text = RuleTexts.Of(rule.Descriptor, t);
        // Printed, a reference is a short cell of a three-column grid: id → control and counts.
        html.Open("div", "rule ref").Open("h4").Link(HtmlWriter.Anchor("rule", rule.Descriptor.Id), rule.Descriptor.Id).Element("span", " " + text.Title, "so").Close("h4");
        HtmlBar.Write(html, rule.Count, t);
        html.Open("p", "muted").Element("span", t.SeeRule + " ", "so").Link(HtmlWriter.Anchor("control", firstControl), firstControl).Text(" — ");
        foreach (var outcome in HtmlSummary.Columns.Where(o => rule.Count(o) > 0))
            html.Text($"{t.Outcomes[outcome]} {HtmlFormat.Number(rule.Count(outcome))}  ");
        html.Close("p").Close("div");
    }
}
