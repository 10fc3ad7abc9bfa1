using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>
/// Turns one rule's decisions into an outcome for every fact of its type, in one linear pass, in three values: a
/// fact whose required data is complete for its scope keeps its Pass or Fail; a fact touched by a gap keeps a Fail
/// the missing data cannot undo and is otherwise unknown — Error, grouped per incomplete scope (one Error stands
/// for the facts of a subscription or source; a gap in one item is that item's Error).
/// </summary>
internal sealed class OutcomeBuilder(IComplianceRule rule, Severity severity, FactSnapshot snapshot,
    IReadOnlyDictionary<Fact, Decision> decisions, WaiverBook waivers)
{
    private static readonly IReadOnlyList<DataGap> NoGaps = [];
    private readonly RuleDescriptor _descriptor = rule.Descriptor;

    public RuleEvaluation Build()
    {
        var gaps = new GapIndex(rule, RelevantSources());
        var unknown = new ScopeErrors(rule, _descriptor);
        var findings = new List<Finding>();
        var passes = new List<Finding>();
        var outOfScope = 0;

        var complete = gaps.IsEmpty;
        foreach (var fact in snapshot.Facts.OfType(rule.FactType))
        {
            var touching = complete ? NoGaps : gaps.Touching(fact, rule.DecidesEveryFact);
            if (!complete)
                unknown.Seen(fact);
            if (touching.Count > 0)
            {
                findings.AddRange(UnderGap(fact, touching, unknown));
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
        findings.AddRange(unknown.Build(gaps.All));

        findings.Sort(static (a, b) =>
        {
            var byResource = string.CompareOrdinal(a.Resource.Key, b.Resource.Key);
            return byResource != 0 ? byResource : a.Outcome.CompareTo(b.Outcome);
        });
        return new RuleEvaluation(_descriptor, severity, findings, passes, outOfScope, NotApplicableReason(findings, passes, outOfScope));
    }

    /// <summary>
    /// A fact whose data is incomplete: scope, data-present and pass cannot be judged, so only a violation the missing
    /// data cannot undo stands. Anything else is Error: on the fact itself for an item gap, else in its scope's group.
    /// </summary>
    private IEnumerable<Finding> UnderGap(Fact fact, IReadOnlyList<DataGap> touching, ScopeErrors unknown)
    {
        if (decisions.TryGetValue(fact, out var decision) && decision.Violated)
        {
            var missing = touching.Select(g => g.Dataset).ToHashSet(StringComparer.Ordinal);
            if (rule.FailStands(fact, decision.Observed, missing))
            {
                var note = $"{string.Join("; ", touching.Select(g => g.Describe()).Distinct())}; what was read already proves this failure";
                yield return waivers.Apply(new Finding(rule, _descriptor, fact, fact.Resource, Outcome.Fail, decision.Observed, note));
                yield break;
            }
        }
        if (touching.All(g => OnItself(fact, g)))
            yield return new Finding(rule, _descriptor, fact, fact.Resource, Outcome.Error,
                reason: string.Join("; ", touching.Select(g => g.Describe()).Distinct()));
        else
            unknown.Add(fact, touching);
    }

    // An item gap is the fact's own Error, except a group's unread members touching a person: anyone in the tenant may
    // be a member, so one Error for the group stands for them all instead of one per person.
    private static bool OnItself(Fact fact, DataGap gap) =>
        gap.Scope is not null && DataScope.IsItem(gap.Scope) && !(fact is People.Person && gap.Dataset == Datasets.EntraGroupMembers);

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
