using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The privileged-access review: the rows of access-review.csv, bounded, people without a person first.</summary>
internal static class HtmlAccessReview
{
    private const int RowsShown = 500;

    public static void Write(HtmlWriter html, EvaluationResult result, ReportText t)
    {
        var rows = AccessReview.Of(result.Snapshot, result.Config.IdentityLinks);
        html.Open("section", "access-review", "access-review").Element("h2", t.AccessReviewHeading).Element("p", t.AccessReviewIntro, "muted");
        if (rows.Count == 0)
        {
            html.Element("p", t.AccessReviewNone).Close("section");
            return;
        }
        html.Raw("<table class=\"access-review\" tabindex=\"0\"><thead><tr>");
        foreach (var heading in t.AccessReviewColumns)
            html.Element("th", heading);
        html.Raw("</tr></thead><tbody>");
        // Grants nobody answers for (leavers, orphans, deleted principals) first: they are the review's findings.
        foreach (var r in rows.OrderBy(r => r.PersonState == "enabled" ? 1 : 0).Take(RowsShown))
        {
            html.Open("tr", r.PersonState == "enabled" ? null : "expired");
            html.Element("td", r.Person).Element("td", r.PersonState).Element("td", r.Provider).Element("td", r.Grant, "mono")
                .Element("td", r.GrantType).Element("td", r.Scope, "mono").Element("td", r.Identity, "mono").Element("td", r.HeldThrough)
                .Element("td", r.LastUse is { } used ? t.Date(DateOnly.FromDateTime(used.UtcDateTime)) : "—").Element("td", r.Mfa).Close("tr");
        }
        html.Raw("</tbody></table>");
        if (rows.Count > RowsShown)
            html.Element("p", t.AccessReviewMore(RowsShown, rows.Count), "muted");
        html.Raw("</section>");
    }
}
