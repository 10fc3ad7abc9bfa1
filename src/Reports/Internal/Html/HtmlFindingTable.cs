using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The resources of one outcome in a table, stopping at the list limit with "and N more". Failures carry
/// the observed values and the concrete remediation; waived ones the waiver; errors and not-applicable the reason.</summary>
internal static class HtmlFindingTable
{
    public static void Write(HtmlWriter html, RuleEvaluation rule, Outcome outcome, RuleText text, int limit, ReportText t)
    {
        var findings = rule.Findings.Where(f => f.Outcome == outcome).ToList();
        if (findings.Count == 0)
            return;
        var collapsed = outcome == Outcome.NotApplicable;
        if (collapsed)
            html.Raw("<details><summary>").Text($"{t.OutcomeLists[outcome]} ({HtmlFormat.Number(findings.Count)})").Raw("</summary>");
        else
            html.Element("h4", $"{t.OutcomeLists[outcome]} ({HtmlFormat.Number(findings.Count)})");
        var detailed = outcome is Outcome.Fail or Outcome.Waived;
        html.Raw("<table class=\"findings ").Text(detailed ? "detailed " : "").Text("of-" + outcome.ToString().ToLowerInvariant()).Raw("\"><thead><tr>");
        html.Element("th", t.Resource).Element("th", t.Message);
        if (outcome is Outcome.Fail or Outcome.Waived)
            html.Element("th", t.Observed).Element("th", outcome == Outcome.Fail ? t.Remediation : t.Waiver);
        html.Raw("</tr></thead><tbody>");
        foreach (var finding in findings.Take(limit))
        {
            html.Raw("<tr><td>").Element("strong", finding.Resource.DisplayName).Raw("<br>").Element("span", finding.Resource.Key, "muted mono").Raw("</td>");
            html.Element("td", outcome is Outcome.Fail or Outcome.Waived ? RuleTexts.Message(finding, text) : finding.Reason ?? finding.Message);
            if (outcome is Outcome.Fail or Outcome.Waived)
            {
                html.Element("td", HtmlFormat.Observed(finding.Observed), "mono");
                html.Open("td");
                if (outcome == Outcome.Fail)
                {
                    html.Text(finding.Remediation ?? finding.Descriptor.RemediationSummary);
                    if (finding.Waiver is { } expired)
                        html.Raw("<br>").Element("span", $"{t.Waiver} {expired.JsonPath}: {t.WaiverStates[Engine.Configuration.WaiverState.Expired]} {t.Date(expired.Expires)}", "badge w-expired");
                }
                else if (finding.Waiver is { } waiver)
                {
                    html.Text(waiver.Justification).Raw("<br>").Element("span",
                        $"{t.Approver}: {waiver.Approver} · {t.Expires}: {t.Date(waiver.Expires)} · {waiver.JsonPath}", "muted");
                }
                html.Close("td");
            }
            html.Raw("</tr>");
        }
        html.Raw("</tbody></table>");
        if (findings.Count > limit)
            html.Element("p", t.More(findings.Count - limit) + " " + t.FullListIn, "muted");
        if (collapsed)
            html.Raw("</details>");
    }
}
