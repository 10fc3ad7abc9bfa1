using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.History;
using ComplianceEngine.Reports;

namespace ComplianceEngine.Cli.Internal;

/// <summary>
/// A scan's use of the run history: opened before anything is evaluated (a bad path is bad input, exit 3),
/// compared with the previous run of the same scope, and written last, after the outputs, in one transaction.
/// </summary>
internal sealed class ScanHistory(HistoryStore store) : IDisposable
{
    public string Path => store.Path;

    public RunDrift Compare(EvaluationResult result) =>
        store.CompareWithBaseline(RunRecord.ScopeOf(result.Snapshot), ResultRecord.AllOf(result), RunDrift.FullyEvaluatedIn(result));

    /// <summary>The earlier runs of the result's scope with each rule's counts, for the report's pass-rate charts;
    /// the run being written is not recorded yet, so the report adds it from the result.</summary>
    public PassRateHistory PassRates(EvaluationResult result) => new(
        store.RulePassRates(RunRecord.ScopeOf(result.Snapshot), PassRateHistory.EarlierRuns)
            .SelectMany(rule => rule.Points.Select(point => (rule.RuleId, Point: point)))
            .GroupBy(x => (x.Point.RunId, x.Point.FinishedAt))
            .OrderBy(run => run.Key.FinishedAt)
            .Select(run => new PastRun(run.Key.RunId, run.Key.FinishedAt, run.ToDictionary(x => x.RuleId,
                x => new RuleCounts(x.Point.Pass, x.Point.Fail, x.Point.Waived, x.Point.Error), StringComparer.Ordinal)))
            .ToList());

    public void Record(EvaluationResult result, RunInfo run, int exitCode)
    {
        var record = RunRecord.From(result, run.RunId, run.SnapshotSha256) with
        {
            StartedAt = run.StartedAt,
            FinishedAt = run.FinishedAt,
            ExitCode = exitCode,
            ToolVersion = run.ToolVersion,
            SnapshotPath = run.SnapshotPath,
            Drift = run.Drift is { } drift ? DriftCounts.Of(drift) : null,
        };
        // Not cancellable: once the outputs are written, the run they describe is recorded too.
        store.Record(record, ResultRecord.AllOf(result), CancellationToken.None);
    }

    public void Dispose() => store.Dispose();
}
