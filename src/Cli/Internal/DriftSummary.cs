using System.Globalization;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Cli.Internal;

/// <summary>The summary's lines about what changed since the previous run of the same sources.</summary>
internal static class DriftSummary
{
    public const int MaxListed = 20;

    public static void Write(TextWriter o, RunDrift drift)
    {
        o.WriteLine(drift.Baseline is { } baseline
            ? $"Since run {Short(baseline.RunId)} ({Time(baseline.FinishedAt)} UTC): {Counts(drift)}."
            : $"First run of these sources in the history: every result is new ({drift.NewFailures} failing).");
        if (drift.Baseline is null)
            return;
        foreach (var change in drift.Changes.Take(MaxListed))
            o.WriteLine($"  {Label(change.State),-10} {TerminalText.Escape(change.RuleId),-12} {TerminalText.Escape(change.DisplayName)} ({TerminalText.Escape(change.ResourceKey)}){Transition(change)}");
        if (drift.Changes.Count > MaxListed)
            o.WriteLine($"  … and {drift.Changes.Count - MaxListed} more; evidence.json lists them all.");
    }

    public static string Counts(RunDrift drift) =>
        $"{drift.NewFailures} new failing, {drift.Regressions} regressed, {drift.Resolved} resolved, {drift.UnchangedFailures} still failing" +
        (drift.Unverified > 0 ? $", {drift.Unverified} without a result to verify (rule not fully evaluated)" : "");

    public static string Verdict(RunDrift drift, string failOn, int exitCode)
    {
        var since = drift.Baseline is { } b ? $"run {Short(b.RunId)}" : "an earlier run (there is none yet)";
        SeverityNames.TryParse(failOn, out var threshold);
        return exitCode switch
        {
            ExitCodes.Incomplete => "Result: INCOMPLETE — a source was not fully collected or a result is Error; see the sources above (exit 2).",
            ExitCodes.Failures => $"Result: FAIL — {drift.NewlyFailingAtOrAbove(threshold)} failing result(s) at or above '{failOn}' new since {since} (--fail-on-new, exit 1).",
            _ => $"Result: PASS — no failing result at or above '{failOn}' new since {since}; {drift.UnchangedFailures} known failure(s) remain (--fail-on-new, exit 0).",
        };
    }

    public static string Label(DriftState state) => state switch
    {
        DriftState.New => "new",
        DriftState.Unchanged => "unchanged",
        DriftState.Regression => "regressed",
        DriftState.Resolved => "resolved",
        DriftState.Unverified => "unverified",
        _ => "changed",
    };

    public static string Short(string runId) => runId.Length > 12 ? runId[..12] : runId;

    private static string Transition(ResultChange change) => (change.Previous, change.Current) switch
    {
        (null, { } now) => $": {Name(now)}",
        ({ } was, null) => $": {Name(was)} → gone",
        ({ } was, { } now) => $": {Name(was)} → {Name(now)}",
        _ => "",
    };

    private static string Name(Outcome outcome) => outcome switch
    {
        Outcome.NotApplicable => "not applicable",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
