using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>
/// The gaps in the data one rule reads, per source: whole-dataset gaps, and gaps per scope looked up by the scopes a
/// fact belongs to. Finding the gaps that touch a fact costs a dictionary look-up per scope of the fact, and nothing
/// at all for a source that was read completely.
/// </summary>
internal sealed class GapIndex
{
    private static readonly IReadOnlyList<DataGap> None = [];
    private readonly Dictionary<string, SourceGaps> _bySource = new(StringComparer.Ordinal);

    public GapIndex(IComplianceRule rule, IEnumerable<SourceStatus> sources)
    {
        foreach (var source in sources)
        {
            var gaps = rule.Descriptor.RequiredData
                .Where(d => Datasets.ProviderOf(d) == source.Provider)
                .SelectMany(source.GapsIn)
                .ToList();
            if (gaps.Count == 0 && source.Status == CollectionState.Failed)
                gaps = [.. source.GapsIn(string.Empty)];
            if (gaps.Count > 0)
                _bySource[source.Id] = new SourceGaps(gaps);
        }
    }

    /// <summary>True when every dataset the rule reads is complete in every source: nothing to look up per fact.</summary>
    public bool IsEmpty => _bySource.Count == 0;

    /// <summary>Every gap, in source then dataset order.</summary>
    public IEnumerable<DataGap> All => _bySource.Values.SelectMany(s => s.All);

    /// <summary>
    /// The gaps that touch a fact: those of its source that are whole, or in a scope the fact belongs to. A rule
    /// that decides a fact from many others (an aggregate) is touched by every gap of the source.
    /// </summary>
    public IReadOnlyList<DataGap> Touching(Fact fact, bool aggregate)
    {
        if (_bySource.Count == 0)
            return None;
        var own = OwnTouching(fact, aggregate);
        if (fact is not IJoinedFact joined)
            return own;
        var touching = WithJoined(own, joined);
        return joined.NeedsGroupMembers ? touching : WithoutGroupMembers(touching);
    }

    // Group members matter only to what groups hold: a snapshot without them leaves every other joined fact decided.
    private static IReadOnlyList<DataGap> WithoutGroupMembers(IReadOnlyList<DataGap> touching)
    {
        foreach (var gap in touching)
        {
            if (gap.Dataset == Datasets.EntraGroupMembers)
                return touching.Where(g => g.Dataset != Datasets.EntraGroupMembers).ToList();
        }
        return touching;
    }

    /// <summary>
    /// A join is complete only where every side is: a source on the other side touches the fact with its whole-dataset
    /// and subscription or region gaps (they may hide a link), and with the item gaps of the facts linked in.
    /// </summary>
    private IReadOnlyList<DataGap> WithJoined(IReadOnlyList<DataGap> own, IJoinedFact joined)
    {
        List<DataGap>? touching = null;
        foreach (var id in joined.JoinedSources)
        {
            if (!_bySource.TryGetValue(id, out var source))
                continue;
            touching ??= [.. own];
            touching.AddRange(source.Whole);
            touching.AddRange(source.Hiding);
        }
        foreach (var (id, dataset) in joined.JoinedDatasets)
        {
            if (!_bySource.TryGetValue(id, out var source))
                continue;
            foreach (var gap in source.Whole.Concat(source.Hiding))
            {
                if (gap.Dataset == dataset)
                    (touching ??= [.. own]).Add(gap);
            }
        }
        foreach (var (id, scope) in joined.LinkedScopes)
        {
            if (_bySource.TryGetValue(id, out var source) && source.ByScope.TryGetValue(scope, out var gaps))
                (touching ??= [.. own]).AddRange(gaps);
        }
        return touching is null ? own : touching.Distinct().ToList();
    }

    private IReadOnlyList<DataGap> OwnTouching(Fact fact, bool aggregate)
    {
        if (!_bySource.TryGetValue(fact.SourceId, out var source))
            return None;
        if (aggregate || source.ByScope.Count == 0)
            return aggregate ? source.All : source.Whole;
        List<DataGap>? touching = source.Whole.Count > 0 ? [.. source.Whole] : null;
        foreach (var scope in fact.DataScopes)
        {
            if (source.ByScope.TryGetValue(scope, out var gaps))
                (touching ??= []).AddRange(gaps);
        }
        return touching ?? None;
    }

    private sealed class SourceGaps
    {
        public SourceGaps(List<DataGap> gaps)
        {
            All = gaps;
            Whole = gaps.Where(g => g.IsWhole).ToList();
            Hiding = gaps.Where(g => !g.IsWhole && (!DataScope.IsItem(g.Scope!) || DataScope.HidesListed(g.Scope!))).ToList();
            ByScope = gaps.Where(g => !g.IsWhole).GroupBy(g => g.Scope!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        }

        public List<DataGap> All { get; }
        public List<DataGap> Whole { get; }
        public Dictionary<string, List<DataGap>> ByScope { get; }

        /// <summary>The subscription and region gaps, and item gaps of subscriptions: scopes that may hold facts (role holders) never listed.</summary>
        public List<DataGap> Hiding { get; }
    }
}
