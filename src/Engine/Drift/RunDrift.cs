using ComplianceEngine.Engine.Drift.Internal;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Drift;

/// <summary>
/// What changed since the baseline run (the previous run of the same scope): a state for every current
/// result, the baseline failures that are gone, and the counts the summary, evidence and exit code use.
/// A null <see cref="Baseline"/> means there was no earlier run, so every result is new.
/// </summary>
public sealed class RunDrift
{
    private readonly Dictionary<string, (DriftState State, Outcome? Previous)> _states;

    internal RunDrift(BaselineRun? baseline, Dictionary<string, (DriftState, Outcome?)> states,
        IReadOnlyList<ResultChange> changes, IReadOnlyList<ResultRecord> gone)
    {
        Baseline = baseline;
        _states = states;
        Changes = changes;
        Gone = gone;
    }

    public BaselineRun? Baseline { get; }

    /// <summary>Changes that involve a failure on either side, sorted by rule then resource; new passes are not listed.</summary>
    public IReadOnlyList<ResultChange> Changes { get; }

    /// <summary>Baseline failures with no result at all now whose rule was fully evaluated (resolved, SARIF <c>absent</c>).</summary>
    public IReadOnlyList<ResultRecord> Gone { get; }

    /// <summary>Failures that were not in the baseline at all.</summary>
    public int NewFailures => Changes.Count(c => c.State == DriftState.New && c.Current == Outcome.Fail);
    public int Regressions => Changes.Count(c => c.State == DriftState.Regression);

    /// <summary>Baseline failures now passing or gone.</summary>
    public int Resolved => Changes.Count(c => c.State == DriftState.Resolved);
    public int UnchangedFailures => _states.Values.Count(s => s is { State: DriftState.Unchanged, Previous: Outcome.Fail });

    /// <summary>Failures that were not failures in the baseline (new, regressions, waivers that expired…): what <c>--fail-on-new</c> counts.</summary>
    public int NewlyFailing => NewlyFailingChanges.Count();

    public int NewlyFailingAtOrAbove(Severity threshold) => NewlyFailingChanges.Count(c => c.Severity >= threshold);

    public DriftState StateOf(string ruleId, string resourceKey) =>
        _states.TryGetValue(DriftComparer.Key(ruleId, resourceKey), out var s) ? s.State : DriftState.New;

    public Outcome? PreviousOutcomeOf(string ruleId, string resourceKey) =>
        _states.TryGetValue(DriftComparer.Key(ruleId, resourceKey), out var s) ? s.Previous : null;

    /// <summary>Baseline failures with no result now whose rule could not be fully evaluated: neither resolved nor absent.</summary>
    public int Unverified => Changes.Count(c => c.State == DriftState.Unverified);

    /// <summary>
    /// Compares current results with the baseline run's (none: the first run of its scope).
    /// <paramref name="fullyEvaluated"/> tells whether a rule ran without Error results now; a vanished failure of a rule
    /// that did not is <see cref="DriftState.Unverified"/>, not resolved. Without it every rule counts as fully evaluated.
    /// </summary>
    public static RunDrift Compare(BaselineRun? baseline, IEnumerable<ResultRecord> previous, IEnumerable<ResultRecord> current,
        Func<string, bool>? fullyEvaluated = null) =>
        DriftComparer.Compare(baseline, previous, current, fullyEvaluated ?? (_ => true));

    /// <summary>Whether each rule of a run was evaluated without Error results, for <see cref="Compare"/>.</summary>
    public static Func<string, bool> FullyEvaluatedIn(EvaluationResult result)
    {
        var clean = result.Rules.Where(r => r.Count(Outcome.Error) == 0).Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        return clean.Contains;
    }

    private IEnumerable<ResultChange> NewlyFailingChanges =>
        Changes.Where(c => c.Current == Outcome.Fail && c.Previous != Outcome.Fail);
}
