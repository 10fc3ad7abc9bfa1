using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>
/// The status of one dataset over a source's subscriptions: complete when every subscription answered; else one
/// <see cref="ScopeGap"/> per subscription that did not (with its own reason), so the other subscriptions' data keeps
/// its results. The dataset is then partial, or failed when no subscription gave anything.
/// </summary>
internal sealed class DatasetTally(string name)
{
    private const int NamedSubscriptions = 3;
    private readonly List<ScopeGap> _gaps = [];
    private readonly List<string> _ids = [];
    private int _succeeded;
    private int _items;

    public void Succeeded(int items)
    {
        _succeeded++;
        _items += items;
    }

    /// <param name="itemsRead">What the subscription's listing gave before it stopped: kept, but covered by the gap.</param>
    public void Failed(string subscriptionId, string reason, int itemsRead = 0)
    {
        _items += itemsRead;
        _ids.Add(subscriptionId);
        _gaps.Add(new ScopeGap
        {
            Scope = DataScope.Subscription(subscriptionId),
            Status = itemsRead > 0 ? CollectionState.Partial : CollectionState.Failed,
            Reason = reason,
        });
    }

    public DatasetStatus ToStatus()
    {
        if (_gaps.Count == 0)
            return new DatasetStatus { Name = name, Status = CollectionState.Complete, ItemCount = _items };
        var ids = _ids.Order(StringComparer.Ordinal).ToList();
        var named = string.Join(", ", ids.Take(NamedSubscriptions)) + (ids.Count > NamedSubscriptions ? ", …" : string.Empty);
        var nothingRead = _succeeded == 0 && _gaps.All(g => g.Status == CollectionState.Failed);
        return new DatasetStatus
        {
            Name = name,
            Status = nothingRead ? CollectionState.Failed : CollectionState.Partial,
            Reason = $"{ids.Count} of {_succeeded + ids.Count} subscriptions not fully read ({named})",
            ItemCount = _items,
            Gaps = [.. _gaps.OrderBy(g => g.Scope, StringComparer.Ordinal)],
        };
    }
}
