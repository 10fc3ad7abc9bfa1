using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The passing resources, collapsed: passes are evidence, but at 100k users only a bounded list is readable.</summary>
internal static class HtmlPassList
{
    public static void Write(HtmlWriter html, RuleEvaluation rule, int limit, ReportText t)
    {
        if (rule.Passes.Count == 0)
            return;
        html.Raw("<details class=\"passes\"><summary>").Text($"{t.OutcomeLists[Outcome.Pass]} ({HtmlFormat.Number(rule.Passes.Count)})").Raw("</summary>");
        html.Raw("<ul class=\"passes\">");
        foreach (var pass in rule.Passes.Take(limit))
        {
            html.Raw("<li>").Text(pass.Resource.DisplayName);
            if (!string.Equals(pass.Resource.Id, pass.Resource.DisplayName, StringComparison.Ordinal))
                html.Raw(" <span class=\"muted mono\">").Text(pass.Resource.Id).Raw("</span>");
            html.Raw("</li>");
        }
        html.Raw("</ul>");
        if (rule.Passes.Count > limit)
            html.Element("p", t.More(rule.Passes.Count - limit), "muted");
        html.Raw("</details>");
    }
}
