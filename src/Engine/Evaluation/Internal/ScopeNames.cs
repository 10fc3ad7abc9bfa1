using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>
/// What the facts say about the subscriptions and regions of sources with gaps in them: a subscription's display
/// name, and how many other subscriptions or regions of the same source were read in full. Reads the subscription
/// facts only when a subscription has a gap, and the cloud resources only when a region has one.
/// </summary>
internal sealed class ScopeNames
{
    private readonly Dictionary<(string Source, string Scope), string> _names = [];
    private readonly Dictionary<(string Source, string Kind), HashSet<string>> _known = [];
    private readonly HashSet<(string Source, string Scope)> _gapped = [];
    private readonly Dictionary<(string Source, string Kind), int> _complete = [];

    public ScopeNames(FactSnapshot snapshot, IEnumerable<ScopeGroup> groups)
    {
        foreach (var group in groups)
        {
            if (group.Scope is { } scope && DataScope.KindOf(scope) is DataScope.SubscriptionKind or DataScope.RegionKind)
                _gapped.Add((group.Source.Id, scope));
        }
        var kinds = _gapped.Select(g => (g.Source, Kind: DataScope.KindOf(g.Scope))).ToHashSet();
        if (kinds.Any(k => k.Kind == DataScope.SubscriptionKind))
        {
            foreach (var subscription in snapshot.Facts.AzureSubscriptions)
            {
                var scope = DataScope.Subscription(subscription.SubscriptionId);
                if (!kinds.Contains((subscription.SourceId, DataScope.SubscriptionKind)))
                    continue;
                Known(subscription.SourceId, DataScope.SubscriptionKind).Add(scope);
                if (subscription.DisplayName is { } name)
                    _names[(subscription.SourceId, scope)] = name;
            }
        }
        if (kinds.Any(k => k.Kind == DataScope.RegionKind))
        {
            foreach (var resource in snapshot.Facts.CloudResources)
            {
                if (!resource.IsGlobal && kinds.Contains((resource.SourceId, DataScope.RegionKind)))
                    Known(resource.SourceId, DataScope.RegionKind).Add(DataScope.Region(resource.Region!));
            }
        }
    }

    public string? NameOf(string source, string? scope) => scope is null ? null : _names.GetValueOrDefault((source, scope));

    /// <summary>For a subscription or region: how many others of the source's subscriptions or regions have no gap; else null.</summary>
    public int? OthersComplete(string source, string? scope)
    {
        if (scope is null || !_gapped.Contains((source, scope)))
            return null;
        var kind = DataScope.KindOf(scope);
        if (!_complete.TryGetValue((source, kind), out var count))
            _complete[(source, kind)] = count = _known.GetValueOrDefault((source, kind))?.Count(s => !_gapped.Contains((source, s))) ?? 0;
        return count;
    }

    private HashSet<string> Known(string source, string kind)
    {
        if (!_known.TryGetValue((source, kind), out var scopes))
            _known[(source, kind)] = scopes = new HashSet<string>(StringComparer.Ordinal);
        return scopes;
    }
}
