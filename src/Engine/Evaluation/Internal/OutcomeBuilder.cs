using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>
/// Turns one rule's decisions into an outcome for every fact of its type, in one linear pass. Facts from a
/// source whose required data is missing get no pass: one Error per such source stands for all of them.
/// </summary>
internal sealed class OutcomeBuilder(IComplianceRule rule, Severity severity, FactSnapshot snapshot,
    IReadOnlyDictionary<Fact, Decision> decisions, WaiverBook waivers)
{
    private readonly RuleDescriptor _descriptor = rule.Descriptor;

    public RuleEvaluation Build()
    {
        var gaps = SourceGaps();
        var affected = gaps.Keys.ToDictionary(k => k, _ => 0);
        var findings = new List<Finding>();
        var passes = new List<Finding>();
        var outOfScope = 0;

        foreach (var fact in snapshot.Facts.OfType(rule.FactType))
        {
            if (gaps.ContainsKey(fact.SourceId))
            {
                affected[fact.SourceId]++;
                continue;
            }
            if (!rule.InScope(fact))
            {
                outOfScope++;
                if (rule.OutOfScopeReason(fact) is { } reason)
                    findings.Add(new Finding(rule, _descriptor, fact, fact.Resource, Outcome.NotApplicable, reason: reason));
                continue;
            }
            if (!rule.HasData(fact))
            {
                findings.Add(new Finding(rule, _descriptor, fact, fact.Resource, Outcome.Error, reason: rule.MissingDataReason(fact)));
                continue;
            }
            var decided = decisions.TryGetValue(fact, out var decision);
            if (!decided && rule.DecidesEveryFact)
                findings.Add(new Finding(rule, _descriptor, fact, fact.Resource, Outcome.Error, reason: "the rule reached no decision for this resource"));
            else if (decided && decision.Violated)
                findings.Add(waivers.Apply(new Finding(rule, _descriptor, fact, fact.Resource, Outcome.Fail, decision.Observed)));
            else
                passes.Add(new Finding(rule, _descriptor, fact, fact.Resource, Outcome.Pass, decision.Observed));
        }

        foreach (var (sourceId, (source, reason)) in gaps)
        {
            var observed = new Dictionary<string, object?> { ["source"] = sourceId, ["affectedResources"] = affected[sourceId] };
            findings.Add(new Finding(rule, _descriptor, null,
                new ResourceRef(source.Provider, source.Scope, "source", source.Id, source.DisplayName ?? source.Id),
                Outcome.Error, observed, reason));
        }

        findings.Sort(static (a, b) =>
        {
            var byResource = string.CompareOrdinal(a.Resource.Key, b.Resource.Key);
            return byResource != 0 ? byResource : a.Outcome.CompareTo(b.Outcome);
        });
        return new RuleEvaluation(_descriptor, severity, findings, passes, outOfScope, NotApplicableReason(findings, passes, outOfScope));
    }

    /// <summary>Sources this rule depends on whose required data cannot be relied on, with the first reason.</summary>
    private Dictionary<string, (SourceStatus Source, string Reason)> SourceGaps()
    {
        var gaps = new Dictionary<string, (SourceStatus, string)>(StringComparer.Ordinal);
        foreach (var source in RelevantSources())
        {
            var reason = _descriptor.RequiredData
                .Where(d => Datasets.ProviderOf(d) == source.Provider)
                .Select(source.GapIn)
                .FirstOrDefault(r => r is not null);
            if (reason is null && source.Status == CollectionState.Failed)
                reason = source.GapIn(string.Empty);
            if (reason is not null)
                gaps[source.Id] = (source, reason);
        }
        return gaps;
    }

    private IEnumerable<SourceStatus> RelevantSources()
    {
        var providers = _descriptor.RequiredData.Select(Datasets.ProviderOf).ToHashSet(StringComparer.Ordinal);
        return snapshot.Sources.Where(s => providers.Contains(s.Provider));
    }

    private string? NotApplicableReason(List<Finding> findings, List<Finding> passes, int outOfScope)
    {
        if (findings.Count > 0 || passes.Count > 0)
            return null;
        if (!RelevantSources().Any())
        {
            var providers = string.Join(" or ", _descriptor.RequiredData.Select(Datasets.ProviderOf).Distinct().Order(StringComparer.Ordinal));
            return $"the snapshot has no {providers} source";
        }
        return $"no resource is in scope ({outOfScope} out of scope)";
    }
}
