using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors;

/// <summary>Runs collectors concurrently and combines their output into one snapshot, in a stable order. Entra collectors
/// also receive the groups holding Azure role assignments in their tenant, once the Azure sources are read.</summary>
public static class SnapshotAssembler
{
    public static async Task<FactSnapshot> CollectAsync(IReadOnlyList<ISourceCollector> collectors, string? organization,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var started = Internal.AzureRoleGroups.Start(collectors, cancellationToken);
        var collections = await Task.WhenAll(collectors.Select(c => started[c]));
        return Combine(collections.SelectMany(c => c), organization, clock.GetUtcNow());
    }

    public static FactSnapshot Combine(IEnumerable<SourceCollection> collections, string? organization, DateTimeOffset collectedAt)
    {
        var ordered = collections.OrderBy(c => c.Status.Id, StringComparer.Ordinal).ToList();
        var users = ordered.SelectMany(c => c.Facts.EntraUsers).OrderBy(f => f.TenantId, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        var subscriptions = ordered.SelectMany(c => c.Facts.AzureSubscriptions).OrderBy(f => f.SubscriptionId, StringComparer.Ordinal).ToList();
        // Reasons are API error bodies: redacted here, before anything records them.
        return Engine.Secrets.SnapshotRedaction.Apply(new FactSnapshot
        {
            CollectedAt = collectedAt,
            Organization = organization,
            Sources = ordered.Select(c => c.Status).ToList(),
            Facts = new SnapshotFacts
            {
                EntraTenants = [.. ordered.SelectMany(c => c.Facts.EntraTenants).OrderBy(f => f.TenantId, StringComparer.Ordinal)],
                EntraUsers = users,
                AwsAccounts = [.. ordered.SelectMany(c => c.Facts.AwsAccounts).OrderBy(f => f.AccountId, StringComparer.Ordinal)],
                AwsIamUsers = [.. ordered.SelectMany(c => c.Facts.AwsIamUsers).OrderBy(f => f.AccountId, StringComparer.Ordinal).ThenBy(f => f.UserName, StringComparer.Ordinal)],
                AwsIamRoles = [.. ordered.SelectMany(c => c.Facts.AwsIamRoles).OrderBy(f => f.AccountId, StringComparer.Ordinal).ThenBy(f => f.Arn, StringComparer.Ordinal)],
                AwsIamPolicies = [.. ordered.SelectMany(c => c.Facts.AwsIamPolicies).OrderBy(f => f.AccountId, StringComparer.Ordinal).ThenBy(f => f.Arn, StringComparer.Ordinal)],
                AwsIdentityCenterUsers = [.. ordered.SelectMany(c => c.Facts.AwsIdentityCenterUsers).OrderBy(f => f.AccountId, StringComparer.Ordinal).ThenBy(f => f.UserName, StringComparer.Ordinal)],
                AzureSubscriptions = Internal.RoleHolderDirectory.Resolve(subscriptions, users, ordered.Select(c => c.Status)),
                CloudResources = [.. ordered.SelectMany(c => c.Facts.CloudResources).OrderBy(f => f.Provider, StringComparer.Ordinal).ThenBy(f => f.Scope, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)],
                EntraGroups = [.. ordered.SelectMany(c => c.Facts.EntraGroups).OrderBy(f => f.TenantId, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)],
            },
        });
    }
}
