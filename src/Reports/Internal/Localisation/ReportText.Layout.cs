using ComplianceEngine.Engine.Drift;

namespace ComplianceEngine.Reports.Internal.Localisation;

/// <summary>The words of the verdict, the per-control table, the drift, the navigation and the print layout.</summary>
internal sealed partial record ReportText
{
    public required string SkipLink { get; init; }
    public required string Contents { get; init; }
    public required string VerdictHeading { get; init; }
    public required IReadOnlyDictionary<ResultState, string> Results { get; init; }

    /// <summary>{0}: the exit code; {1}: why, from <see cref="ExitReasons"/>.</summary>
    public required string ExitCodeLine { get; init; }

    /// <summary>Why the run ended with this exit code; {0}: the <c>--fail-on</c> severity.</summary>
    public required IReadOnlyDictionary<int, string> ExitReasons { get; init; }
    public required string ExitReasonNewOnly { get; init; }
    public required string ExitReasonNoNew { get; init; }
    public required string FailuresBySeverity { get; init; }
    public required string Total { get; init; }

    /// <summary>{0}: baseline run id; {1}: when it finished.</summary>
    public required string DriftSince { get; init; }

    /// <summary>{0} new, {1} regressed, {2} unchanged, {3} resolved failures.</summary>
    public required string DriftCounts { get; init; }
    public required string FirstRun { get; init; }
    public required string NoHistory { get; init; }
    public required string ControlResultsHeading { get; init; }
    public required string ControlResultsIntro { get; init; }
    public required string Result { get; init; }
    public required string DriftHeading { get; init; }
    public required IReadOnlyDictionary<DriftState, string> DriftStates { get; init; }
    public required string Change { get; init; }
    public required string NewAndRegressedHeading { get; init; }
    public required string ResolvedHeading { get; init; }
    public required string NothingResolved { get; init; }
    public required string TrendHeading { get; init; }
    public required string TrendIntro { get; init; }
    public required string PassRate { get; init; }
    public required string Legend { get; init; }
    public required string FilterHeading { get; init; }
    public required string Search { get; init; }
    public required string All { get; init; }
    public required string State { get; init; }

    /// <summary>{0}: rules shown; {1}: rules in all (filled in by the page's script).</summary>
    public required string FilterCount { get; init; }
    public required string Privileged { get; init; }

    /// <summary>{0}: how many more the printed report leaves out.</summary>
    public required string PrintMore { get; init; }
    public required string Page { get; init; }
    public required string Fail { get; init; }
}

/// <summary>What a run, a control or a rule amounts to: certain failures are FAIL even if other results are missing.</summary>
internal enum ResultState
{
    Pass,
    Fail,
    Incomplete,
    NotEvaluated,
}
