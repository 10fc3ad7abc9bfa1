using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>
/// A listing that produced a value, failed with a reason, or (resources only) both: what was read before it failed.
/// </summary>
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

/// <summary>Everything collected from one subscription; a failed listing leaves its part null with the reason, except the
/// resources, which keep what was read alongside the reason.</summary>
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
        var resources = ListResourcesAsync(arm, sourceId, info.Id, ct);
        var groups = ListResourceGroupsAsync(arm, sourceId, info.Id, ct);
        var policy = Outcome<PolicyFinding>.Of(() => AllowedLocationsPolicy.FindAsync(arm, info.Id, now, ct), ct);
        var roles = Outcome<RoleFinding>.Of(() => RoleAssignmentLister.ListAsync(arm, info.Id, ct), ct);
        await Task.WhenAll(resources, groups, policy, roles);
        return new SubscriptionScan(info, Combine(resources.Result, groups.Result), policy.Result, roles.Result);
    }

    // What was read of a subscription's resources is kept even when a listing stopped half-way: the failure becomes a
    // gap on the subscription, which makes their results Error, rather than a partial list passing for a complete one.
    private static Outcome<IReadOnlyList<CloudResource>> Combine(ArmListing<CloudResource> resources, ArmListing<CloudResource> groups)
    {
        // Sorted here, per subscription and in parallel, so the report only concatenates subscriptions in order.
        var all = groups.Items.Concat(resources.Items).ToArray();
        Array.Sort(Array.ConvertAll(all, r => r.Id), all, StringComparer.Ordinal);
        return new Outcome<IReadOnlyList<CloudResource>>(all, Failure(resources.Failure, groups.Failure));
    }

    // Both listings failing the same way (403 for want of Reader on the subscription) say it once.
    private static string? Failure(Exception? resources, Exception? groups)
    {
        var (r, g) = (resources is null ? null : ArmFailure.Describe(resources), groups is null ? null : ArmFailure.Describe(groups));
        if (r is not null && g is not null)
            return Kind(r) == Kind(g) ? $"resources and resource groups: {r}" : $"resources: {r}; resource groups: {g}";
        return r is not null ? $"resources: {r}" : g is not null ? $"resource groups: {g}" : null;
    }

    // "403 Forbidden (AuthorizationFailed)": the part of a reason before ARM's message, which names the request's path.
    private static string Kind(string reason) => reason.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? reason[..colon] : reason;

    // Through the pipeline rather than GetGenericResourcesAsync / GetResourceGroups: the SDK builds a client object per
    // item, which cost 60-350 µs each here against about 3 µs to read the item (docs/performance/azure-collector.md).
    private static Task<ArmListing<CloudResource>> ListResourcesAsync(ArmConnection arm, string sourceId, string id, CancellationToken ct) =>
        ArmPager.ReadAsync(arm, $"subscriptions/{id}/resources?api-version=2021-04-01", new ResourceFacts(sourceId, id).FromResource, ct);

    private static Task<ArmListing<CloudResource>> ListResourceGroupsAsync(ArmConnection arm, string sourceId, string id, CancellationToken ct) =>
        ArmPager.ReadAsync(arm, $"subscriptions/{id}/resourcegroups?api-version=2021-04-01", new ResourceFacts(sourceId, id).FromResourceGroup, ct);
}
