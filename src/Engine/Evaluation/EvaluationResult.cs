using ComplianceEngine.Engine.Evaluation.Internal;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Evaluation;

/// <summary>The results of evaluating one snapshot under one configuration.</summary>
public sealed class EvaluationResult
{
    private IReadOnlyList<IncompleteScope>? _incompleteScopes;

    internal EvaluationResult(FactSnapshot snapshot, ComplianceConfig config, IReadOnlyList<RuleEvaluation> rules,
        IReadOnlyList<WaiverUse> waivers, DateTimeOffset evaluatedAt, TimeSpan duration)
    {
        Snapshot = snapshot;
        Config = config;
        Rules = rules;
        Waivers = waivers;
        EvaluatedAt = evaluatedAt;
        Duration = duration;
    }

    public FactSnapshot Snapshot { get; }
    public ComplianceConfig Config { get; }

    /// <summary>The enabled rules, ordered by id.</summary>
    public IReadOnlyList<RuleEvaluation> Rules { get; }

    /// <summary>Every configured waiver and what became of it: applied, expired or unused.</summary>
    public IReadOnlyList<WaiverUse> Waivers { get; }
    public DateTimeOffset EvaluatedAt { get; }
    public TimeSpan Duration { get; }

    public IEnumerable<Finding> Findings => Rules.SelectMany(r => r.Findings);

    /// <summary>
    /// What is missing, each part once: per source, the whole source or dataset, every incomplete subscription or
    /// region, and the unread items of each dataset; with the datasets, one reason and the rules that gave Error for it.
    /// Ordered by source id, then scope. Empty when every source was read in full.
    /// </summary>
    public IReadOnlyList<IncompleteScope> IncompleteScopes => _incompleteScopes ??= IncompleteScopeBuilder.Build(this);

    /// <summary>False when a source was not complete or any result is Error: the run cannot be relied on in full.</summary>
    public bool IsComplete =>
        Snapshot.Sources.All(s => s.Status == CollectionState.Complete && s.Datasets.All(d => d.Status == CollectionState.Complete))
        && !Findings.Any(f => f.Outcome == Outcome.Error);

    public int Count(Outcome outcome) => Rules.Sum(r => r.Count(outcome));

    /// <summary>Failing results whose rule's effective severity is at least <paramref name="threshold"/>.</summary>
    public int FailuresAtOrAbove(Severity threshold) =>
        Rules.Where(r => r.Severity >= threshold).Sum(r => r.Count(Outcome.Fail));
}
