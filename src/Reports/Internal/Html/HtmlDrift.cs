using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>What changed since the previous run of the same sources: the new and regressed failures, the resolved
/// ones (a failure now passing, or gone while its rule was fully evaluated), each list bounded like the others.</summary>
internal static class HtmlDrift
{
    public static void Write(HtmlWriter html, RunDrift? drift, ReportOptions options, ReportText t)
    {
        if (drift?.Baseline is not { } baseline)
            return;
        html.Open("section", "drift", "drift").Element("h2", t.DriftHeading);
        html.Element("p", t.Format(t.DriftSince, baseline.RunId, t.DateTime(baseline.FinishedAt)) + " " +
            string.Format(System.Globalization.CultureInfo.InvariantCulture, t.DriftCounts, HtmlFormat.Number(drift.NewFailures),
                HtmlFormat.Number(drift.Regressions), HtmlFormat.Number(drift.UnchangedFailures), HtmlFormat.Number(drift.Resolved)));
        var failing = drift.Changes.Where(c => c.Current == Outcome.Fail && c.State is DriftState.New or DriftState.Regression)
            .OrderByDescending(c => c.Severity).ThenBy(c => c.RuleId, StringComparer.Ordinal).ToList();
        WriteList(html, $"{t.NewAndRegressedHeading} ({HtmlFormat.Number(failing.Count)})", failing, options, t, link: true);
        var resolved = drift.Changes.Where(c => c.State == DriftState.Resolved).ToList();
        if (resolved.Count == 0)
            html.Element("h3", $"{t.ResolvedHeading} (0)").Element("p", t.NothingResolved, "muted");
        else
            WriteList(html, $"{t.ResolvedHeading} ({HtmlFormat.Number(resolved.Count)})", resolved, options, t, link: false);
        html.Close("section");
    }

    private static void WriteList(HtmlWriter html, string heading, IReadOnlyList<ResultChange> changes, ReportOptions options, ReportText t, bool link)
    {
        html.Element("h3", heading);
        if (changes.Count == 0)
            return;
        html.Raw("<table class=\"changes\"><thead><tr>");
        foreach (var column in new[] { t.Rule, t.Severity, t.Resource, t.Change })
            html.Raw("<th scope=\"col\">").Text(column).Raw("</th>");
        html.Raw("</tr></thead><tbody>");
        var index = 0;
        foreach (var change in changes.Take(options.FindingListLimit))
        {
            html.Raw(index++ < options.PrintFindingLimit ? "<tr>" : "<tr class=\"xp\">").Open("td");
            if (link)
                html.Link(HtmlWriter.Anchor("rule", change.RuleId), change.RuleId);
            else
                html.Text(change.RuleId);
            html.Close("td").Element("td", change.Severity.ToName());
            html.Open("td").Element("strong", change.DisplayName).Raw("<br>").Element("span", change.ResourceKey, "muted mono").Close("td");
            html.Open("td").Element("span", t.DriftStates[change.State], "badge d-" + change.State.ToString().ToLowerInvariant());
            html.Text($" {Name(change.Previous, t)} → {Name(change.Current, t)}").Close("td").Raw("</tr>");
        }
        html.Raw("</tbody></table>");
        HtmlFindingTable.WriteMore(html, changes.Count, options.FindingListLimit, options.PrintFindingLimit, t, t.FullListIn);
    }

    private static string Name(Outcome? outcome, ReportText t) => outcome is { } o ? t.Outcomes[o] : "—";
}
