using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>
/// One rule's Error results for incomplete scopes: one per source (a whole dataset missing) or per subscription or
/// region, standing for every fact in it that could not be decided, which it lists. A scope that may hide facts of
/// the rule's type that were never listed (a subscription whose resources could not be read, a source of which no
/// fact of the rule's type was seen) gets its Error even when no fact of it was seen.
/// </summary>
internal sealed class ScopeErrors(IComplianceRule rule, RuleDescriptor descriptor)
{
    /// <summary>Resources an Error lists by key; past that it gives the count, so a tenant-wide gap stays a bounded result.</summary>
    public const int ListedResources = 1000;

    private readonly Dictionary<(string Source, string Scope), List<Fact>> _affected = [];
    private readonly HashSet<string> _sourcesSeen = new(StringComparer.Ordinal);

    /// <summary>Records that a fact of the rule's type came from the source, decided or not.</summary>
    public void Seen(Fact fact) => _sourcesSeen.Add(fact.SourceId);

    public void Add(Fact fact, IReadOnlyList<DataGap> touching)
    {
        // The broadest scope that touches the fact: the whole source first, then the first scope by name. Item gaps are
        // the fact's own Error, except a group's unread members, which stand for every person who may be among them.
        DataGap? gap = null;
        foreach (var g in touching)
        {
            if (g.Scope is not null && DataScope.IsItem(g.Scope) && g.Dataset != Datasets.EntraGroupMembers)
                continue;
            if (gap is null || string.CompareOrdinal(g.Scope ?? string.Empty, gap.Scope ?? string.Empty) < 0)
                gap = g;
        }
        var key = (gap!.Source.Id, gap.Scope ?? string.Empty);
        if (!_affected.TryGetValue(key, out var facts))
            _affected[key] = facts = [];
        facts.Add(fact);
    }

    public IEnumerable<Finding> Build(IEnumerable<DataGap> gaps)
    {
        var byScope = gaps
            .Where(g => _affected.ContainsKey((g.Source.Id, g.Scope ?? string.Empty))
                        || (g.Dataset != Datasets.EntraGroupMembers
                            && (g.Scope is null ? !_sourcesSeen.Contains(g.Source.Id) : DataScope.CanHideIn(rule.FactType, g.Scope))))
            .GroupBy(g => (g.Source.Id, Scope: g.Scope ?? string.Empty));
        foreach (var group in byScope)
        {
            var first = group.First();
            var facts = _affected.GetValueOrDefault(group.Key) ?? [];
            var observed = new Dictionary<string, object?>
            {
                ["source"] = first.Source.Id,
                ["missingData"] = group.Select(g => g.Dataset).Distinct().ToList(),
                ["affectedResources"] = facts.Count,
                ["affected"] = facts.Take(ListedResources).Select(f => f.Resource.Key).ToList(),
            };
            if (first.Scope is not null)
                observed["scope"] = first.Scope;
            var reason = string.Join("; ", group.Select(g => g.Describe()).Distinct());
            yield return new Finding(rule, descriptor, null, ResourceOf(first), Outcome.Error, observed, reason);
        }
    }

    private static ResourceRef ResourceOf(DataGap gap)
    {
        var source = gap.Source;
        var name = source.DisplayName ?? source.Id;
        if (gap.Scope is null)
            return new ResourceRef(source.Provider, source.Scope, "source", source.Id, name);
        var kind = DataScope.KindOf(gap.Scope);
        var scope = kind == DataScope.SubscriptionKind ? DataScope.IdOf(gap.Scope) : source.Scope;
        return new ResourceRef(source.Provider, scope, kind, $"{source.Id}/{gap.Scope}", $"{name}: {DataScope.Describe(gap.Scope)}");
    }
}
