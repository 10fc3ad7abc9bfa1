using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The passing resources: collapsed on screen, printed as a compact multi-column list of names, because
/// passes are evidence; bounded (the printed report lower) so a 100k-user tenant stays readable.</summary>
internal static class HtmlPassList
{
    public static void Write(HtmlWriter html, RuleEvaluation rule, ReportOptions options, ReportText t)
    {
        if (rule.Passes.Count == 0)
            return;
        html.Raw("<details class=\"passes\"><summary>").Text($"{t.OutcomeLists[Outcome.Pass]} ({HtmlFormat.Number(rule.Passes.Count)})").Raw("</summary>");
        html.Raw("<ul class=\"passes\">");
        var index = 0;
        foreach (var pass in rule.Passes.Take(options.PassListLimit))
        {
            html.Raw(index++ < options.PrintPassLimit ? "<li>" : "<li class=\"xp\">").Text(pass.Resource.DisplayName);
            if (!string.Equals(pass.Resource.Id, pass.Resource.DisplayName, StringComparison.Ordinal))
                html.Raw(" <span class=\"muted mono\">").Text(pass.Resource.Id).Raw("</span>");
            html.Raw("</li>");
        }
        html.Raw("</ul>");
        if (rule.Passes.Count > options.PassListLimit)
            html.Element("p", t.More(rule.Passes.Count - options.PassListLimit), rule.Passes.Count > options.PrintPassLimit ? "muted so" : "muted");
        if (rule.Passes.Count > options.PrintPassLimit)
            html.Element("p", t.Format(t.PrintMore, rule.Passes.Count - Math.Min(options.PassListLimit, options.PrintPassLimit)), "muted po");
        html.Raw("</details>");
    }
}
