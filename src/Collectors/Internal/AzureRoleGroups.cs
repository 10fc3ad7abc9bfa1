using ComplianceEngine.Collectors.Azure;
using ComplianceEngine.Collectors.Entra;

namespace ComplianceEngine.Collectors.Internal;

/// <summary>
/// Hands the groups holding Azure role assignments to the Entra collector of their tenant, so the person model can
/// resolve them to members. The coupling lives here, in the orchestration: the Azure collector does not know who reads
/// its output, and the Entra collector only receives group ids. Entra starts at once and waits for the ids only when
/// its own reads are done.
/// </summary>
internal static class AzureRoleGroups
{
    public static Dictionary<ISourceCollector, Task<IReadOnlyList<SourceCollection>>> Start(IReadOnlyList<ISourceCollector> collectors,
        CancellationToken cancellationToken)
    {
        var started = new Dictionary<ISourceCollector, Task<IReadOnlyList<SourceCollection>>>(ReferenceEqualityComparer.Instance);
        foreach (var collector in collectors.Where(c => c is not EntraCollector))
            started[collector] = collector.CollectAllAsync(cancellationToken);
        var azure = Task.WhenAll(collectors.OfType<AzureCollector>().Select(c => started[c]));
        foreach (var entra in collectors.OfType<EntraCollector>())
        {
            var tenant = entra.Source.TenantId;
            started[entra] = ((ISourceCollector)entra.WithAzureRoleGroups(async _ => Of(await azure, tenant))).CollectAllAsync(cancellationToken);
        }
        return started;
    }

    /// <summary>Ids of the group principals of privileged role assignments on the subscriptions of one tenant.</summary>
    public static IReadOnlyCollection<string> Of(IEnumerable<IReadOnlyList<SourceCollection>> azure, string tenantId) =>
        azure.SelectMany(c => c).SelectMany(c => c.Facts.AzureSubscriptions)
            .Where(s => string.Equals(s.TenantId, tenantId, StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => s.PrivilegedRoleHolders ?? [])
            .Where(h => string.Equals(h.PrincipalType, "Group", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.PrincipalId)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
