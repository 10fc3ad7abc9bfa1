using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Internal;

/// <summary>
/// Azure role assignments name a principal id but not whether the user is a guest. When the same scan collected
/// the subscription's Entra tenant, the user's <c>userType</c> is looked up by object id (a dictionary, linear in
/// users + holders); holders the tenant does not know stay unresolved, and the rules treat them as unknown. Each
/// subscription also learns whether its tenant's users were read completely (<see cref="AzureSubscription.DirectoryUsersRead"/>),
/// so an unresolved holder can be told apart from a directory that was never read.
/// </summary>
internal static class RoleHolderDirectory
{
    public static IReadOnlyList<AzureSubscription> Resolve(IReadOnlyList<AzureSubscription> subscriptions, IReadOnlyList<EntraUser> users,
        IEnumerable<SourceStatus> sources)
    {
        if (subscriptions.Count == 0)
            return subscriptions;
        var tenantsRead = TenantsWithAllUsers(sources);
        var byTenantAndId = new Dictionary<(string Tenant, string Id), EntraUser>();
        foreach (var user in users)
            byTenantAndId.TryAdd((user.TenantId.ToLowerInvariant(), user.Id.ToLowerInvariant()), user);

        return subscriptions.Select(s => s.TenantId is null ? s : s with
        {
            DirectoryUsersRead = tenantsRead.Contains(s.TenantId),
            PrivilegedRoleHolders = s.PrivilegedRoleHolders is null || byTenantAndId.Count == 0
                ? s.PrivilegedRoleHolders
                : s.PrivilegedRoleHolders.Select(h => Resolve(h, s.TenantId, byTenantAndId)).ToList(),
        }).ToList();
    }

    // An Entra source is one tenant (its scope is the configured tenant id); its users count only when entra.users has
    // no gap at all.
    private static HashSet<string> TenantsWithAllUsers(IEnumerable<SourceStatus> sources) =>
        sources.Where(s => s.Provider == "entra" && s.GapsIn(Datasets.EntraUsers).Count == 0)
            .Select(s => s.Scope)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static AzureRoleHolder Resolve(AzureRoleHolder holder, string tenantId, Dictionary<(string, string), EntraUser> users)
    {
        if (holder.UserType is not null || !string.Equals(holder.PrincipalType, "User", StringComparison.OrdinalIgnoreCase))
            return holder;
        return users.TryGetValue((tenantId.ToLowerInvariant(), holder.PrincipalId.ToLowerInvariant()), out var user)
            ? holder with { UserType = user.IsGuest ? "Guest" : "Member", IsGuest = user.IsGuest }
            : holder;
    }
}
