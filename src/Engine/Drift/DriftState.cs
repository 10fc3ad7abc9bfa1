namespace ComplianceEngine.Engine.Drift;

/// <summary>How a result compares with the same rule × resource in the baseline run.</summary>
public enum DriftState
{
    /// <summary>Not in the baseline run.</summary>
    New,

    /// <summary>In the baseline with the same outcome.</summary>
    Unchanged,

    /// <summary>Passing in the baseline, failing now.</summary>
    Regression,

    /// <summary>Failing in the baseline, passing now or gone.</summary>
    Resolved,

    /// <summary>Any other change of outcome (e.g. failing → waived, passing → error).</summary>
    Changed,

    /// <summary>Failing in the baseline and without a result now, but the rule could not be fully evaluated (it has
    /// Error results or did not run): the failure may only be hidden, so it is not called resolved.</summary>
    Unverified,
}

/// <summary>The run a comparison was made against.</summary>
public sealed record BaselineRun(string RunId, DateTimeOffset FinishedAt);

/// <summary>A result whose state is not <see cref="DriftState.Unchanged"/>, or a baseline failure that is gone.</summary>
public sealed record ResultChange(string RuleId, string ResourceKey, string DisplayName, DriftState State,
    Evaluation.Outcome? Previous, Evaluation.Outcome? Current, Rules.Severity Severity);
