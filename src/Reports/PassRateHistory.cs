namespace ComplianceEngine.Reports;

/// <summary>
/// Earlier runs of the same sources, oldest first, with each rule's counts: with the current run, what the coverage
/// table's pass-rate charts are drawn from. The CLI fills it from the run history; the current run is not in it
/// (it is recorded only after its outputs are written) and the report adds it from the evaluation.
/// </summary>
public sealed record PassRateHistory(IReadOnlyList<PastRun> Runs)
{
    /// <summary>How many runs a chart shows, the current one included.</summary>
    public const int Window = 30;

    /// <summary>How many earlier runs to read for a chart of <see cref="Window"/> runs.</summary>
    public const int EarlierRuns = Window - 1;
}

/// <summary>One earlier run and the counts of every rule it evaluated, by rule id.</summary>
public sealed record PastRun(string RunId, DateTimeOffset FinishedAt, IReadOnlyDictionary<string, RuleCounts> Rules);

/// <summary>The results of a rule in one run that a pass rate is made of (not-applicable results are not).</summary>
public sealed record RuleCounts(int Pass, int Fail, int Waived, int Error)
{
    public static RuleCounts operator +(RuleCounts a, RuleCounts b) =>
        new(a.Pass + b.Pass, a.Fail + b.Fail, a.Waived + b.Waived, a.Error + b.Error);

    /// <summary>Pass, fail, waived and error: a waived failure and an error are not passes.</summary>
    public int Total => Pass + Fail + Waived + Error;
}
