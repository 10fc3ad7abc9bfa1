namespace ComplianceEngine.History;

/// <summary>A recorded run as <c>compliance history</c> lists it.</summary>
public sealed record RunSummary
{
    public required string RunId { get; init; }
    public required string Scope { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    /// <summary>When the snapshot was collected, if known.</summary>
    public DateTimeOffset? CollectedAt { get; init; }
    public string? Organization { get; init; }
    public bool Complete { get; init; }
    public int ExitCode { get; init; }
    public string ToolVersion { get; init; } = "";
    public string? ConfigPath { get; init; }
    public string ConfigSha256 { get; init; } = "";
    public string? SnapshotPath { get; init; }
    public string SnapshotSha256 { get; init; } = "";
    /// <summary>Every source of the run with its status (complete, partial, failed) and reason.</summary>
    public IReadOnlyList<SourceRecord> Sources { get; init; } = [];
    public int Pass { get; init; }
    public int Fail { get; init; }
    public int Waived { get; init; }
    public int NotApplicable { get; init; }
    public int Error { get; init; }

    /// <summary>Null when the run was the first of its scope.</summary>
    public DriftCounts? Drift { get; init; }

    /// <summary>The first 12 characters of the run id, enough to name it on the command line.</summary>
    public string ShortId => RunId.Length > 12 ? RunId[..12] : RunId;
}

/// <summary>One run's counts for a rule or a control, oldest run first in a trend.</summary>
public sealed record TrendPoint(string RunId, DateTimeOffset FinishedAt, int Pass, int Fail, int Waived, int Error)
{
    /// <summary>Passes over everything decided or undecidable (pass, fail, waived, error); null when there was nothing to evaluate.
    /// A waived failure and an error are not passes.</summary>
    public double? PassRate => Pass + Fail + Waived + Error is var total and > 0 ? (double)Pass / total : null;
}

public sealed record RuleTrend(string RuleId, IReadOnlyList<TrendPoint> Points);

/// <summary>A control's pass rate over runs: the counts of every rule that evidences it, added up per run.</summary>
public sealed record ControlTrend(string Framework, string ControlId, IReadOnlyList<string> RuleIds, IReadOnlyList<TrendPoint> Points);
