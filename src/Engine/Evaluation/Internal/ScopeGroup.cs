using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>The gaps of one source in one scope (or the item gaps of one dataset) while <see cref="IncompleteScopeBuilder"/> collects them.</summary>
internal sealed class ScopeGroup(SourceStatus source, string? scope, string? itemDataset)
{
    private const int ReasonsShown = 3;
    private readonly List<DataGap> _gaps = [];
    private readonly HashSet<string> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _itemNames = new(StringComparer.Ordinal);

    public SourceStatus Source => source;
    public string? Scope => scope;

    /// <summary>The dataset whose item gaps this group collects; null for other scopes.</summary>
    public string? ItemDataset => itemDataset;

    /// <summary>Set for a source marked incomplete without a dataset gap to show for it.</summary>
    public string? SourceReason { get; init; }

    public SortedSet<string> Rules { get; } = new(StringComparer.Ordinal);

    public void Add(DataGap gap)
    {
        _gaps.Add(gap);
        if (itemDataset is not null)
            _items.Add(DataScope.IdOf(gap.Scope!));
    }

    /// <summary>Remembers the display name of an item (its resource key), learnt from a result about it.</summary>
    public void Name(string resourceKey, string displayName) => _itemNames.TryAdd(resourceKey, displayName);

    public IncompleteScope ToScope(ScopeNames names) => new()
    {
        Source = source,
        Scope = scope,
        ScopeName = names.NameOf(source.Id, scope),
        Datasets = _gaps.Select(g => g.Dataset).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        Status = SourceReason is not null ? source.Status
            : _gaps.Any(g => g.Status == CollectionState.Failed) ? CollectionState.Failed : CollectionState.Partial,
        Reason = SourceReason ?? Reason(),
        ErrorRules = Rules.ToList(),
        OtherScopesComplete = names.OthersComplete(source.Id, scope),
        ItemCount = _items.Count,
        Items = _items.Order(StringComparer.Ordinal).Take(IncompleteScope.ItemsShown).Select(k => _itemNames.GetValueOrDefault(k, k)).ToList(),
    };

    /// <summary>One reason when the gaps share it; else each reason once, with the datasets that gave it.</summary>
    private string Reason()
    {
        var reasons = _gaps.GroupBy(g => g.Reason, StringComparer.Ordinal).ToList();
        if (reasons.Count == 1)
            return reasons[0].Key;
        if (itemDataset is not null)
        {
            var more = reasons.Count > ReasonsShown ? $"; and {reasons.Count - ReasonsShown} other reasons" : string.Empty;
            return string.Join("; ", reasons.Take(ReasonsShown).Select(r => r.Key)) + more;
        }
        return string.Join("; ", reasons.Select(r =>
            $"{string.Join(", ", r.Select(g => g.Dataset).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}: {r.Key}"));
    }
}
