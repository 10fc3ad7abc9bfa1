using Azure.ResourceManager.Resources;

namespace ComplianceEngine.Collectors.Azure.Internal;

internal sealed record SubscriptionInfo(string Id, string? DisplayName, string? TenantId, string? State);

/// <summary>The subscriptions to collect; <see cref="Missing"/> are configured ones ARM would not return.</summary>
internal sealed record SubscriptionListing(IReadOnlyList<SubscriptionInfo> Found, IReadOnlyList<SubscriptionFailure> Missing);

internal sealed record SubscriptionFailure(string SubscriptionId, string Reason);

/// <summary>Finds the subscriptions of a source: the configured ones, or every one the credential sees in the tenant.</summary>
internal static class SubscriptionDirectory
{
    /// <summary>Throws when the visible subscriptions cannot be listed: then nothing of the source is usable.</summary>
    public static async Task<SubscriptionListing> ResolveAsync(ArmConnection arm, AzureSourceOptions options, CancellationToken ct)
    {
        if (options.SubscriptionIds is { } configured)
            return await FetchConfiguredAsync(arm, configured, options.MaxParallelism, ct);

        // Through ArmPager, like every ARM listing: the typed client follows a nextLink to any host, bearer token and all.
        var (found, _) = await ArmPager.ListAsync(arm, "subscriptions?api-version=2022-12-01", Describe, ct);
        return new SubscriptionListing(
            [.. found.Where(info => options.TenantId is null || string.Equals(info.TenantId, options.TenantId, StringComparison.OrdinalIgnoreCase))], []);
    }

    private static async Task<SubscriptionListing> FetchConfiguredAsync(ArmConnection arm, IReadOnlyList<string> ids,
        int parallelism, CancellationToken ct)
    {
        var found = new SubscriptionInfo?[ids.Count];
        var missing = new SubscriptionFailure?[ids.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), parallel, async (i, token) =>
        {
            try
            {
                var response = await arm.Client.GetSubscriptions().GetAsync(ids[i], token);
                found[i] = Describe(response.Value.Data);
            }
            catch (Exception e) when (!token.IsCancellationRequested)
            {
                missing[i] = new SubscriptionFailure(ids[i], ArmFailure.Describe(e));
            }
        });
        return new SubscriptionListing([.. found.OfType<SubscriptionInfo>()], [.. missing.OfType<SubscriptionFailure>()]);
    }

    private static SubscriptionInfo? Describe(System.Text.Json.JsonElement item) =>
        ArmPager.String(item, "subscriptionId") is { Length: > 0 } id
            ? new(id, ArmPager.String(item, "displayName"), ArmPager.String(item, "tenantId"), ArmPager.String(item, "state"))
            : null;

    private static SubscriptionInfo Describe(SubscriptionData data) =>
        new(data.SubscriptionId, data.DisplayName, data.TenantId?.ToString(), data.State?.ToString());
}
