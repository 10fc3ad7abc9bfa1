using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.History;

/// <summary>What the history keeps about one scan, besides its results.</summary>
public sealed record RunRecord
{
    public required string RunId { get; init; }

    /// <summary>The sorted source ids, comma-separated: runs of the same scope are compared with each other.</summary>
    public required string Scope { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public DateTimeOffset? CollectedAt { get; init; }
    public string? Organization { get; init; }
    public bool Complete { get; init; }
    public int ExitCode { get; init; }
    public string ToolVersion { get; init; } = "";
    public string? ConfigPath { get; init; }
    public required string ConfigSha256 { get; init; }
    public string? SnapshotPath { get; init; }
    public required string SnapshotSha256 { get; init; }
    public IReadOnlyList<SourceRecord> Sources { get; init; } = [];
    public IReadOnlyList<RuleRecord> Rules { get; init; } = [];

    /// <summary>The comparison with the baseline run, when one was made.</summary>
    public DriftCounts? Drift { get; init; }

    /// <summary>The record of an evaluated scan; the caller adds the run id, hashes, exit code and drift.</summary>
    public static RunRecord From(EvaluationResult result, string runId, string snapshotSha256) => new()
    {
        RunId = runId,
        Scope = ScopeOf(result.Snapshot),
        StartedAt = result.EvaluatedAt - result.Duration,
        FinishedAt = result.EvaluatedAt,
        CollectedAt = result.Snapshot.CollectedAt,
        Organization = result.Snapshot.Organization,
        Complete = result.IsComplete,
        ConfigPath = result.Config.Path,
        ConfigSha256 = result.Config.Sha256,
        SnapshotSha256 = snapshotSha256,
        Sources = result.Snapshot.Sources.Select(s => new SourceRecord(s.Id, s.Provider, s.Status.ToString().ToLowerInvariant(), s.Reason)).ToList(),
        Rules = result.Rules.Select(RuleRecord.From).ToList(),
    };

    public static string ScopeOf(FactSnapshot snapshot) =>
        string.Join(",", snapshot.Sources.Select(s => s.Id).Distinct().Order(StringComparer.Ordinal));
}

public sealed record SourceRecord(string Id, string Provider, string Status, string? Reason);

/// <summary>A rule's effective severity, counts and controls in one run: what pass-rate charts read.</summary>
public sealed record RuleRecord(string RuleId, Severity Severity, int Pass, int Fail, int Waived, int NotApplicable, int Error,
    IReadOnlyList<ControlReference> Controls)
{
    public static RuleRecord From(RuleEvaluation rule) => new(rule.Descriptor.Id, rule.Severity,
        rule.Count(Outcome.Pass), rule.Count(Outcome.Fail), rule.Count(Outcome.Waived), rule.Count(Outcome.NotApplicable),
        rule.Count(Outcome.Error), rule.Descriptor.Controls);
}

public sealed record DriftCounts(int NewFailures, int Regressions, int Resolved)
{
    public static DriftCounts Of(RunDrift drift) => new(drift.NewFailures, drift.Regressions, drift.Resolved);
}
