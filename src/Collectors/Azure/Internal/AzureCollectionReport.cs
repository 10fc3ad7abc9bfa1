using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>Turns the subscription listing and the per-subscription scans into facts and one source status.</summary>
internal static class AzureCollectionReport
{
    public static SourceCollection Build(AzureSourceOptions options, Uri endpoint, SubscriptionListing listing,
        IReadOnlyList<SubscriptionScan> scans, DateTimeOffset collectedAt)
    {
        var subscriptions = new DatasetTally(Datasets.AzureSubscriptions);
        var resources = new DatasetTally(Datasets.AzureResources);
        var policies = new DatasetTally(Datasets.AzurePolicyAssignments);
        var roles = new DatasetTally(Datasets.AzureRoleAssignments);
        foreach (var scan in scans)
        {
            var id = scan.Subscription.Id;
            subscriptions.Succeeded(1);
            Tally(resources, id, scan.Resources, r => r.Count);
            Tally(policies, id, scan.Policy, p => p.AssignmentCount);
            Tally(roles, id, scan.Roles, r => r.AssignmentCount);
        }
        foreach (var missing in listing.Missing)
        {
            foreach (var tally in new[] { subscriptions, resources, policies, roles })
                tally.Failed(missing.SubscriptionId, missing.Reason);
        }

        if (scans.Count == 0 && listing.Missing.Count == 0)
            return Failed(options, endpoint, collectedAt, NoSubscriptionsReason(options));
        var facts = new SnapshotFacts
        {
            AzureSubscriptions = [.. scans.Select(s => SubscriptionFact(options.SourceId, s))
                .Concat(listing.Missing.Select(m => new AzureSubscription { SourceId = options.SourceId, SubscriptionId = m.SubscriptionId }))
                .OrderBy(s => s.SubscriptionId, StringComparer.Ordinal)],
            CloudResources = [.. scans.OrderBy(s => s.Subscription.Id, StringComparer.Ordinal).SelectMany(s => s.Resources.Value ?? [])],
        };
        // No configured subscription could be read at all (a refused credential fails every one the same way): the
        // whole source failed, with no gaps; the subscriptions still appear, by id.
        if (scans.Count == 0)
            return Failed(options, endpoint, collectedAt, NoneReadReason(listing)) with { Facts = facts };

        var datasets = new[] { subscriptions, resources, policies, roles }.Select(t => t.ToStatus()).ToList();
        var status = Source(options, endpoint, collectedAt, listing, scans) with
        {
            Status = Overall(datasets),
            Reason = Summary(listing, scans),
            Datasets = datasets,
        };
        return new SourceCollection(status, facts);
    }

    public static SourceCollection Failed(AzureSourceOptions options, Uri endpoint, DateTimeOffset collectedAt, string reason)
    {
        var status = Source(options, endpoint, collectedAt, new SubscriptionListing([], []), []) with
        {
            Status = CollectionState.Failed,
            Reason = reason,
            Datasets = [.. Datasets.Of("azure").Select(n => new DatasetStatus { Name = n, Status = CollectionState.Failed, Reason = reason, ItemCount = 0 })],
        };
        return new SourceCollection(status, new SnapshotFacts());
    }

    private static void Tally<T>(DatasetTally tally, string subscriptionId, Outcome<T> outcome, Func<T, int> count) where T : class
    {
        if (outcome.Failure is null && outcome.Value is { } value)
            tally.Succeeded(count(value));
        else
            tally.Failed(subscriptionId, outcome.Failure ?? "no reason recorded", outcome.Value is { } read ? count(read) : 0);
    }

    private static AzureSubscription SubscriptionFact(string sourceId, SubscriptionScan scan) => new()
    {
        SourceId = sourceId,
        SubscriptionId = scan.Subscription.Id,
        DisplayName = scan.Subscription.DisplayName,
        TenantId = scan.Subscription.TenantId,
        State = scan.Subscription.State,
        AllowedLocationsPolicyAssigned = scan.Policy.Value?.AllowedLocationsAssigned,
        AllowedLocationsPolicyScope = scan.Policy.Value?.Scope,
        AllowedLocations = scan.Policy.Value?.AllowedLocations,
        PrivilegedRoleHolders = scan.Roles.Value?.Holders,
    };

    private static CollectionState Overall(IReadOnlyList<DatasetStatus> datasets) =>
        datasets.All(d => d.Status == CollectionState.Complete) ? CollectionState.Complete
        : datasets.All(d => d.Status == CollectionState.Failed) ? CollectionState.Failed
        : CollectionState.Partial;

    // One line naming the subscriptions that are missing something; the dataset statuses say what and why.
    private static string? Summary(SubscriptionListing listing, IReadOnlyList<SubscriptionScan> scans)
    {
        var incomplete = scans
            .Where(s => s.Resources.Failure is not null || s.Policy.Failure is not null || s.Roles.Failure is not null)
            .Select(s => s.Subscription.Id)
            .Concat(listing.Missing.Select(m => m.SubscriptionId))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (incomplete.Count == 0)
            return null;
        var total = scans.Count + listing.Missing.Count;
        return $"{incomplete.Count} of {total} subscriptions not fully collected ({string.Join(", ", incomplete.Take(5))}"
               + $"{(incomplete.Count > 5 ? ", …" : string.Empty)}); see the dataset statuses for what is missing and why";
    }

    private static SourceStatus Source(AzureSourceOptions options, Uri endpoint, DateTimeOffset collectedAt, SubscriptionListing listing,
        IReadOnlyList<SubscriptionScan> scans)
    {
        var tenants = scans.Select(s => s.Subscription.TenantId).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var subscriptions = scans.Select(s => s.Subscription.Id).Concat(listing.Missing.Select(m => m.SubscriptionId))
            .Concat(options.SubscriptionIds ?? []).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
        var scope = options.TenantId ?? (tenants.Count == 1 ? tenants[0] : string.Join(",", subscriptions));
        return new SourceStatus
        {
            Id = options.SourceId,
            Provider = "azure",
            Scope = scope.Length == 0 ? options.SourceId : scope,
            DisplayName = $"Azure Resource Manager ({scans.Count} subscriptions)",
            CollectedAt = collectedAt,
            Endpoint = endpoint.ToString(),
        };
    }

    private static string NoneReadReason(SubscriptionListing listing)
    {
        var first = listing.Missing.OrderBy(m => m.SubscriptionId, StringComparer.Ordinal).First();
        var others = listing.Missing.Count > 1 ? $" (and {listing.Missing.Count - 1} more)" : string.Empty;
        return $"none of the {listing.Missing.Count} configured subscriptions could be read: subscription {first.SubscriptionId}{others}: {first.Reason}";
    }

    private static string NoSubscriptionsReason(AzureSourceOptions options) =>
        options.TenantId is null
            ? "the credential sees no subscriptions; grant it Reader on the subscriptions to check"
            : $"the credential sees no subscriptions in tenant {options.TenantId}; grant it Reader on the subscriptions to check";
}
