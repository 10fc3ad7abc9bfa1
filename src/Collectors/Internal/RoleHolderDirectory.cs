using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Collectors.Internal;

/// <summary>
/// Azure role assignments name a principal id but not whether the user is a guest. When the same scan collected
/// the subscription's Entra tenant, the user's <c>userType</c> is looked up by object id (a dictionary, linear in
/// users + holders); holders the tenant does not know stay unresolved, and the rules treat them as unknown.
/// </summary>
internal static class RoleHolderDirectory
{
    public static IReadOnlyList<AzureSubscription> Resolve(IReadOnlyList<AzureSubscription> subscriptions, IReadOnlyList<EntraUser> users)
    {
        if (users.Count == 0 || subscriptions.All(s => s.PrivilegedRoleHolders is null))
            return subscriptions;
        var byTenantAndId = new Dictionary<(string Tenant, string Id), EntraUser>();
        foreach (var user in users)
            byTenantAndId.TryAdd((user.TenantId.ToLowerInvariant(), user.Id.ToLowerInvariant()), user);

        return subscriptions.Select(s => s.PrivilegedRoleHolders is null || s.TenantId is null ? s : s with
        {
            PrivilegedRoleHolders = s.PrivilegedRoleHolders.Select(h => Resolve(h, s.TenantId, byTenantAndId)).ToList(),
        }).ToList();
    }

    private static AzureRoleHolder Resolve(AzureRoleHolder holder, string tenantId, Dictionary<(string, string), EntraUser> users)
    {
        if (holder.UserType is not null || !string.Equals(holder.PrincipalType, "User", StringComparison.OrdinalIgnoreCase))
            return holder;
        return users.TryGetValue((tenantId.ToLowerInvariant(), holder.PrincipalId.ToLowerInvariant()), out var user)
            ? holder with { UserType = user.IsGuest ? "Guest" : "Member", IsGuest = user.IsGuest }
            : holder;
    }
}
