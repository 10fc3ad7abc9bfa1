using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>What a run, a control or a rule amounts to, and which failures an auditor or admin reads first.</summary>
internal static class HtmlResults
{
    /// <summary>A control or rule: a certain failure is FAIL even when other results are missing; no failure but
    /// an Error is INCOMPLETE, never PASS.</summary>
    public static ResultState Of(int fail, int error, int decided) =>
        fail > 0 ? ResultState.Fail : error > 0 ? ResultState.Incomplete : decided > 0 ? ResultState.Pass : ResultState.NotEvaluated;

    public static ResultState Of(ControlCoverage row) => Of(row.Count(Outcome.Fail), row.Count(Outcome.Error), row.Decided);

    public static ResultState Of(RuleEvaluation rule) =>
        Of(rule.Count(Outcome.Fail), rule.Count(Outcome.Error), rule.Count(Outcome.Pass) + rule.Count(Outcome.Fail) + rule.Count(Outcome.Waived));

    /// <summary>The run, as its exit code says it: incomplete wins over failures (they may be only part of the truth).</summary>
    public static ResultState Of(EvaluationResult result, RunVerdictInput? verdict)
    {
        if (verdict?.ExitCode == 2 || !result.IsComplete)
            return ResultState.Incomplete;
        return result.Count(Outcome.Fail) > 0 ? ResultState.Fail : ResultState.Pass;
    }

    public static string CssName(ResultState state) => "r-" + state.ToString().ToLowerInvariant();

    /// <summary>Holders of a directory role and cloud root accounts: their failures are read first.</summary>
    public static bool IsPrivileged(Finding finding) => finding.Subject switch
    {
        EntraUser user => user.Roles.Count > 0,
        AwsAccount => true,
        _ => false,
    };

    /// <summary>New and regressed failures first, then privileged ones, then by resource key, so a bounded list
    /// keeps the ones that matter.</summary>
    public static IEnumerable<Finding> MostImportantFirst(IEnumerable<Finding> findings, Engine.Drift.RunDrift? drift) =>
        findings.OrderBy(f => IsNewlyFailing(f, drift) ? 0 : 1)
            .ThenBy(f => IsPrivileged(f) ? 0 : 1)
            .ThenBy(f => f.Resource.Key, StringComparer.Ordinal);

    private static bool IsNewlyFailing(Finding finding, Engine.Drift.RunDrift? drift) =>
        drift?.Baseline is not null && drift.StateOf(finding.RuleId, finding.Resource.Key) is Engine.Drift.DriftState.New or Engine.Drift.DriftState.Regression;

    public static void Badge(HtmlWriter html, ResultState state, ReportText t) =>
        html.Element("span", t.Results[state], "badge " + CssName(state));
}
