using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>Every configured waiver with its justification, owner, approver and expiry; expired and
/// soon-to-expire ones are marked and listed first.</summary>
internal static class HtmlWaivers
{
    public static void Write(HtmlWriter html, IReadOnlyList<WaiverUse> waivers, ReportText t)
    {
        html.Open("section", "waivers", "waivers").Element("h2", t.WaiversHeading);
        if (waivers.Count == 0)
        {
            html.Element("p", t.NoWaivers).Close("section");
            return;
        }
        html.Raw("<table class=\"waivers\"><thead><tr>");
        foreach (var heading in new[] { t.Rule, t.Resource, t.Justification, t.Owner, t.Approver, t.Approved, t.Expires, t.Status, t.Matched })
            html.Element("th", heading);
        html.Raw("</tr></thead><tbody>");
        foreach (var use in waivers.OrderBy(Urgency))
        {
            var w = use.Waiver;
            var row = use.State == WaiverState.Expired ? "expired" : use.ExpiresSoon ? "soon" : null;
            html.Open("tr", row);
            html.Open("td").Link(HtmlWriter.Anchor("rule", w.RuleId), w.RuleId).Raw("<br>").Element("span", w.JsonPath, "muted mono").Close("td");
            html.Element("td", w.Resource, "mono").Element("td", w.Justification).Element("td", w.Owner).Element("td", w.Approver);
            html.Element("td", w.Approved is { } approved ? t.Date(approved) : "—").Element("td", t.Date(w.Expires));
            html.Open("td").Element("span", t.WaiverStates[use.State], "badge w-" + use.State.ToString().ToLowerInvariant());
            if (use.ExpiresSoon && use.State != WaiverState.Expired)
                html.Raw(" ").Element("span", t.ExpiresSoon, "badge w-soon");
            html.Close("td").Element("td", HtmlFormat.Number(use.Matched), "n").Close("tr");
        }
        html.Raw("</tbody></table></section>");
    }

    private static int Urgency(WaiverUse use) =>
        use.State == WaiverState.Expired ? 0 : use.ExpiresSoon ? 1 : use.State == WaiverState.Unused ? 2 : 3;
}
