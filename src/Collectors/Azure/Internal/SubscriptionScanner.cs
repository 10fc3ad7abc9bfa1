using Azure.ResourceManager.Resources;
using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>A listing that either produced a value or failed with a reason.</summary>
internal sealed record Outcome<T>(T? Value, string? Failure) where T : class
{
    /// <summary>Only the caller's cancellation propagates: a request that timed out is a failure like any other.</summary>
    public static async Task<Outcome<T>> Of(Func<Task<T>> fetch, CancellationToken ct)
    {
        try
        {
            return new Outcome<T>(await fetch(), null);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new Outcome<T>(null, ArmFailure.Describe(e));
        }
    }
}

/// <summary>Everything collected from one subscription; a failed listing leaves its part null with the reason.</summary>
internal sealed record SubscriptionScan(
    SubscriptionInfo Subscription,
    Outcome<IReadOnlyList<CloudResource>> Resources,
    Outcome<PolicyFinding> Policy,
    Outcome<RoleFinding> Roles);

/// <summary>Runs the listings of one subscription concurrently: resources, resource groups, policy assignments and
/// exemptions, role assignments.</summary>
internal static class SubscriptionScanner
{
    public static async Task<SubscriptionScan> ScanAsync(ArmConnection arm, string sourceId, SubscriptionInfo info, DateTimeOffset now,
        CancellationToken ct)
    {
        var subscription = arm.Client.GetSubscriptionResource(SubscriptionResource.CreateResourceIdentifier(info.Id));
        var resources = Outcome<List<CloudResource>>.Of(() => ListResourcesAsync(arm, sourceId, info.Id, ct), ct);
        var groups = Outcome<List<CloudResource>>.Of(() => ListResourceGroupsAsync(arm, sourceId, info.Id, ct), ct);
        var policy = Outcome<PolicyFinding>.Of(() => AllowedLocationsPolicy.FindAsync(arm, subscription, now, ct), ct);
        var roles = Outcome<RoleFinding>.Of(() => RoleAssignmentLister.ListAsync(arm, info.Id, ct), ct);
        await Task.WhenAll(resources, groups, policy, roles);
        return new SubscriptionScan(info, Combine(resources.Result, groups.Result), policy.Result, roles.Result);
    }

    // A subscription's resources count only when both listings are whole: a partial list is dropped, not half-reported.
    private static Outcome<IReadOnlyList<CloudResource>> Combine(Outcome<List<CloudResource>> resources, Outcome<List<CloudResource>> groups)
    {
        if (resources.Failure is not null || groups.Failure is not null)
        {
            var failures = new[] { ("resources", resources.Failure), ("resource groups", groups.Failure) }
                .Where(f => f.Failure is not null)
                .Select(f => $"{f.Item1}: {f.Failure}");
            return new Outcome<IReadOnlyList<CloudResource>>(null, string.Join("; ", failures));
        }
        // Sorted here, per subscription and in parallel, so the report only concatenates subscriptions in order.
        var all = groups.Value!.Concat(resources.Value!).ToArray();
        Array.Sort(Array.ConvertAll(all, r => r.Id), all, StringComparer.Ordinal);
        return new Outcome<IReadOnlyList<CloudResource>>(all, null);
    }

    // Through the pipeline rather than GetGenericResourcesAsync / GetResourceGroups: the SDK builds a client object per
    // item, which cost 60-350 µs each here against about 3 µs to read the item (docs/performance/azure-collector.md).
    private static async Task<List<CloudResource>> ListResourcesAsync(ArmConnection arm, string sourceId, string id, CancellationToken ct)
    {
        var (resources, _) = await ArmPager.ListAsync(arm, $"subscriptions/{id}/resources?api-version=2021-04-01",
            new ResourceFacts(sourceId, id).FromResource, ct);
        return resources;
    }

    private static async Task<List<CloudResource>> ListResourceGroupsAsync(ArmConnection arm, string sourceId, string id, CancellationToken ct)
    {
        var (groups, _) = await ArmPager.ListAsync(arm, $"subscriptions/{id}/resourcegroups?api-version=2021-04-01",
            new ResourceFacts(sourceId, id).FromResourceGroup, ct);
        return groups;
    }
}
