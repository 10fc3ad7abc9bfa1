using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The resources of one outcome in a table, new and regressed failures first, then privileged ones, stopping
/// at the list limit with "and N more" (the printed report at a lower one). Failures carry their change since the
/// previous run, the observed values and the concrete remediation; waived ones the waiver; errors and not-applicable
/// the reason.</summary>
internal static class HtmlFindingTable
{
    public static void Write(HtmlWriter html, RuleEvaluation rule, Outcome outcome, RuleText text, ReportOptions options, RunDrift? drift, ReportText t)
    {
        var findings = rule.Findings.Where(f => f.Outcome == outcome).ToList();
        if (findings.Count == 0)
            return;
        var heading = $"{t.OutcomeLists[outcome]} ({HtmlFormat.Number(findings.Count)})";
        html.Raw("<details class=\"list\"").Raw(outcome == Outcome.NotApplicable ? "" : " open").Raw("><summary>").Text(heading).Raw("</summary>");
        var detailed = outcome is Outcome.Fail or Outcome.Waived;
        html.Raw("<table class=\"findings ").Text(detailed ? "detailed " : "").Text("of-" + outcome.ToString().ToLowerInvariant()).Raw("\"><thead><tr>");
        html.Raw("<th scope=\"col\">").Text(t.Resource).Raw("</th><th scope=\"col\">").Text(detailed ? $"{t.Message} · {t.Observed}" : t.Message).Raw("</th>");
        if (detailed)
            html.Raw("<th scope=\"col\">").Text(outcome == Outcome.Fail ? t.Remediation : t.Waiver).Raw("</th>");
        html.Raw("</tr></thead><tbody>");
        var index = 0;
        var marked = outcome == Outcome.Fail && drift?.Baseline is not null;
        foreach (var finding in HtmlResults.MostImportantFirst(findings, drift).Take(options.FindingListLimit))
        {
            html.Raw(index++ < options.PrintFindingLimit ? "<tr>" : "<tr class=\"xp\">");
            html.Raw("<td>").Element("strong", finding.Resource.DisplayName);
            if (marked)
            {
                var state = drift!.StateOf(finding.RuleId, finding.Resource.Key);
                html.Raw(" ").Element("span", t.DriftStates[state], "badge d-" + state.ToString().ToLowerInvariant());
            }
            if (HtmlResults.IsPrivileged(finding))
                html.Raw(" ").Element("span", t.Privileged, "badge priv");
            html.Raw("<br>").Element("span", finding.Resource.Key, "muted mono").Raw("</td>");
            html.Open("td").Text(detailed ? RuleTexts.Message(finding, text) : finding.Reason ?? finding.Message);
            if (detailed)
                html.Raw("<br>").Element("span", HtmlFormat.Observed(finding.Observed), "obs mono");
            html.Close("td");
            if (detailed)
            {
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
        WriteMore(html, findings.Count, options.FindingListLimit, options.PrintFindingLimit, t, t.FullListIn);
        html.Raw("</details>");
    }

    /// <summary>"… and N more": on screen past <paramref name="limit"/>, in print past <paramref name="printLimit"/>.</summary>
    public static void WriteMore(HtmlWriter html, int total, int limit, int printLimit, ReportText t, string? where = null)
    {
        if (total > limit)
            html.Element("p", t.More(total - limit) + (where is null ? "" : " " + where), total > printLimit ? "muted so" : "muted");
        if (total > printLimit)
            html.Element("p", t.Format(t.PrintMore, total - Math.Min(Math.Min(total, limit), printLimit)), "muted po");
    }
}
