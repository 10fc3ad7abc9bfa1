using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>
/// The first thing on screen and on the cover page: FAIL, PASS or INCOMPLETE with the exit code and why, the
/// failing results by severity (new ones beside them when there is a baseline), and what changed since the
/// previous run of the same sources.
/// </summary>
internal static class HtmlVerdict
{
    private static readonly Severity[] Severities = [Severity.Error, Severity.Warning, Severity.Note];

    public static void Write(HtmlWriter html, EvaluationResult result, RunInfo run, ReportOptions options, ReportText t)
    {
        var state = HtmlResults.Of(result, options.Verdict);
        html.Open("section", "verdict " + HtmlResults.CssName(state), "verdict");
        html.Open("h2").Text(t.VerdictHeading + ": ").Element("span", t.Results[state], "word").Close("h2");
        var exitCode = options.Verdict?.ExitCode ?? (state == ResultState.Incomplete ? 2 : state == ResultState.Fail ? 1 : 0);
        html.Element("p", t.Format(t.ExitCodeLine, exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture), ExitReason(exitCode, options.Verdict, t)), "exit");
        WriteCounts(html, result, run.Drift, t);
        WriteDrift(html, run, t);
        html.Open("p", "muted").Text($"{t.Organisation}: {result.Snapshot.Organization ?? "—"} · {t.Generated}: {t.DateTime(run.FinishedAt)} · {t.RunId}: ")
            .Element("span", run.RunId, "mono").Close("p");
        html.Close("section");
    }

    private static string ExitReason(int exitCode, RunVerdictInput? verdict, ReportText t)
    {
        var failOn = verdict?.FailOn ?? "error";
        if (verdict?.OnlyNew == true && exitCode is 0 or 1)
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, exitCode == 1 ? t.ExitReasonNewOnly : t.ExitReasonNoNew, failOn);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, t.ExitReasons.GetValueOrDefault(exitCode, "{0}"), failOn);
    }

    private static void WriteCounts(HtmlWriter html, EvaluationResult result, Engine.Drift.RunDrift? drift, ReportText t)
    {
        var withBaseline = drift?.Baseline is not null;
        html.Raw("<table class=\"counts\"><caption>").Text(t.FailuresBySeverity).Raw("</caption><thead><tr>");
        html.Element("th", t.Severity).Element("th", t.Outcomes[Outcome.Fail], "n");
        if (withBaseline)
            html.Element("th", t.DriftStates[Engine.Drift.DriftState.New] + " / " + t.DriftStates[Engine.Drift.DriftState.Regression], "n");
        html.Element("th", t.Outcomes[Outcome.Waived], "n").Raw("</tr></thead><tbody>");
        foreach (var severity in Severities)
        {
            var rules = result.Rules.Where(r => r.Severity == severity).ToList();
            html.Raw("<tr>").Element("th", severity.ToName()).Element("td", HtmlFormat.Number(rules.Sum(r => r.Count(Outcome.Fail))), "n");
            if (withBaseline)
                html.Element("td", HtmlFormat.Number(drift!.Changes.Count(c => c.Severity == severity && c.Current == Outcome.Fail && c.Previous != Outcome.Fail)), "n");
            html.Element("td", HtmlFormat.Number(rules.Sum(r => r.Count(Outcome.Waived))), "n").Raw("</tr>");
        }
        html.Raw("</tbody></table>");
        html.Open("p").Element("strong", $"{t.Outcomes[Outcome.Error]}: {HtmlFormat.Number(result.Count(Outcome.Error))}")
            .Text($" · {t.Outcomes[Outcome.Pass]}: {HtmlFormat.Number(result.Count(Outcome.Pass))}")
            .Text($" · {t.Outcomes[Outcome.NotApplicable]}: {HtmlFormat.Number(result.Count(Outcome.NotApplicable))}").Close("p");
    }

    private static void WriteDrift(HtmlWriter html, RunInfo run, ReportText t)
    {
        html.Open("p", "drift");
        if (run.Drift is not { } drift)
            html.Text(t.NoHistory);
        else if (drift.Baseline is not { } baseline)
            html.Text(t.FirstRun);
        else
        {
            html.Text(t.Format(t.DriftSince, baseline.RunId, t.DateTime(baseline.FinishedAt)) + " ");
            html.Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, t.DriftCounts, HtmlFormat.Number(drift.NewFailures),
                HtmlFormat.Number(drift.Regressions), HtmlFormat.Number(drift.UnchangedFailures), HtmlFormat.Number(drift.Resolved)));
            if (drift.NewFailures + drift.Regressions + drift.Resolved > 0)
                html.Text(" ").Link("drift", t.DriftHeading);
        }
        html.Close("p");
    }
}
