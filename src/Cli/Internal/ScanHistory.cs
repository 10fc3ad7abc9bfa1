using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.History;
using ComplianceEngine.Reports;

namespace ComplianceEngine.Cli.Internal;

/// <summary>
/// A scan's use of the run history: opened and checked (a history store, undamaged) before anything is evaluated or
/// published — a bad path or a bad file is bad input, exit 3, and the outputs stay as they were — compared with the
/// previous run of the same scope, and written last, after the outputs and the summary, in one transaction.
/// </summary>
internal sealed class ScanHistory(HistoryStore store) : IDisposable
{
    public string Path => store.Path;

    public RunDrift Compare(EvaluationResult result) => Guard(() =>
        store.CompareWithBaseline(RunRecord.ScopeOf(result.Snapshot), ResultRecord.AllOf(result), RunDrift.FullyEvaluatedIn(result)));

    /// <summary>The earlier runs of the result's scope with each rule's counts, for the report's pass-rate charts;
    /// the run being written is not recorded yet, so the report adds it from the result.</summary>
    public PassRateHistory PassRates(EvaluationResult result) => Guard(() => new PassRateHistory(
        store.RulePassRates(RunRecord.ScopeOf(result.Snapshot), PassRateHistory.EarlierRuns)
            .SelectMany(rule => rule.Points.Select(point => (rule.RuleId, Point: point)))
            .GroupBy(x => (x.Point.RunId, x.Point.FinishedAt))
            .OrderBy(run => run.Key.FinishedAt)
            .Select(run => new PastRun(run.Key.RunId, run.Key.FinishedAt, run.ToDictionary(x => x.RuleId,
                x => new RuleCounts(x.Point.Pass, x.Point.Fail, x.Point.Waived, x.Point.Error), StringComparer.Ordinal)))
            .ToList()));

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
        Guard(() =>
        {
            store.Record(record, ResultRecord.AllOf(result), CancellationToken.None);
            return true;
        });
    }

    // Damage the open check could not see (a page read only now) is still the history's fault, not a bug: exit 3, named.
    private T Guard<T>(Func<T> use)
    {
        try
        {
            return use();
        }
        catch (System.Data.Common.DbException e)
        {
            throw new Engine.InputException(store.Path, null, null, $"the run history cannot be used: {e.Message}");
        }
    }

    public void Dispose() => store.Dispose();
}
