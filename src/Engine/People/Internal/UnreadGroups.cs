using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.People.Internal;

/// <summary>
/// Per Entra tenant, the groups holding Azure roles whose members are unknown, and the item scopes of those that were
/// listed with a gap. Any person of the tenant may be one of their members. Built once, shared by every person.
/// </summary>
internal sealed class UnreadGroups
{
    // A subscription whose tenant is unknown may belong to any tenant: its groups count for every person.
    private const string AnyTenant = "";
    private readonly Dictionary<string, List<(string Source, string Scope)>> _byTenant = new(StringComparer.OrdinalIgnoreCase);

    public static UnreadGroups Of(IEnumerable<AzurePrincipal> principals)
    {
        var unread = new UnreadGroups();
        foreach (var p in principals)
        {
            if (!p.IsGroup || p.MembersKnown)
                continue;
            var tenant = p.Subscription.TenantId ?? AnyTenant;
            if (!unread._byTenant.TryGetValue(tenant, out var scopes))
                unread._byTenant[tenant] = scopes = [];
            if (p.Group is { } group && !scopes.Contains((group.SourceId, DataScope.Item(group.Resource.Key))))
                scopes.Add((group.SourceId, DataScope.Item(group.Resource.Key)));
        }
        return unread;
    }

    public bool Any(string tenantId) => _byTenant.ContainsKey(tenantId) || _byTenant.ContainsKey(AnyTenant);

    public IReadOnlyList<(string Source, string Scope)> Scopes(string tenantId)
    {
        var own = _byTenant.GetValueOrDefault(tenantId);
        var any = _byTenant.GetValueOrDefault(AnyTenant);
        return own is null ? (IReadOnlyList<(string, string)>?)any ?? [] : any is null ? own : [.. own, .. any];
    }
}
