using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>
/// The status of one dataset over a source's subscriptions: complete when every subscription answered, partial
/// (naming the subscriptions that did not, and why) when some did, failed when none did.
/// </summary>
internal sealed class DatasetTally(string name)
{
    private const int NamedFailures = 5;
    private readonly List<SubscriptionFailure> _failures = [];
    private int _succeeded;
    private int _items;

    public void Succeeded(int items)
    {
        _succeeded++;
        _items += items;
    }

    public void Failed(string subscriptionId, string reason) => _failures.Add(new SubscriptionFailure(subscriptionId, reason));

    public DatasetStatus ToStatus()
    {
        if (_failures.Count == 0)
            return new DatasetStatus { Name = name, Status = CollectionState.Complete, ItemCount = _items };
        var ordered = _failures.OrderBy(f => f.SubscriptionId, StringComparer.Ordinal).ToList();
        var named = ordered.Take(NamedFailures).Select(f => $"subscription {f.SubscriptionId}: {f.Reason}");
        var more = ordered.Count > NamedFailures ? $"; and {ordered.Count - NamedFailures} more subscriptions" : string.Empty;
        var total = _succeeded + _failures.Count;
        return new DatasetStatus
        {
            Name = name,
            Status = _succeeded == 0 ? CollectionState.Failed : CollectionState.Partial,
            Reason = $"{_failures.Count} of {total} subscriptions not collected: {string.Join("; ", named)}{more}",
            ItemCount = _items,
        };
    }
}
