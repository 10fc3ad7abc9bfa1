using System.Diagnostics;
using Azure.Core;
using ComplianceEngine.Collectors.Auth;
using ComplianceEngine.Collectors.Azure.Internal;
using ComplianceEngine.Engine.Snapshot;
using Serilog;

namespace ComplianceEngine.Collectors.Azure;

/// <summary>
/// Collects subscriptions, resources with their regions, "Allowed locations" policy assignments and privileged role
/// holders from Azure Resource Manager, for one source. Subscriptions run concurrently up to
/// <see cref="AzureSourceOptions.MaxParallelism"/>; a subscription that fails becomes a gap in the datasets it could not
/// give (<see cref="ScopeGap"/>), so the other subscriptions keep their results.
/// </summary>
public sealed class AzureCollector : ISourceCollector
{
    private readonly AzureSourceOptions _options;
    private readonly ILogger _log;
    private readonly TokenCredential? _credential;
    private readonly TimeProvider _clock;

    /// <param name="credential">Overrides <see cref="AzureSourceOptions.Auth"/>; null builds the credential it describes.</param>
    public AzureCollector(AzureSourceOptions options, ILogger log, TokenCredential? credential = null, TimeProvider? clock = null)
    {
        _options = options;
        _log = log.ForContext<AzureCollector>();
        _credential = credential;
        _clock = clock ?? TimeProvider.System;
    }

    public string SourceId => _options.SourceId;

    public async Task<SourceCollection> CollectAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var collection = await CollectCoreAsync(cancellationToken);
        Report(collection, watch.Elapsed);
        return collection;
    }

    private async Task<SourceCollection> CollectCoreAsync(CancellationToken ct)
    {
        TokenCredential credential;
        try
        {
            credential = AzureCredentials.Redacted(_credential ?? AzureCredentials.Create(_options.Auth));
        }
        catch (InvalidOperationException e)
        {
            return AzureCollectionReport.Failed(_options, _options.ArmEndpoint, _clock.GetUtcNow(), $"authentication is not usable: {e.Message}");
        }

        var arm = new ArmConnection(_options, credential);
        SubscriptionListing listing;
        try
        {
            listing = await SubscriptionDirectory.ResolveAsync(arm, _options, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return AzureCollectionReport.Failed(_options, arm.Endpoint, _clock.GetUtcNow(), $"cannot list subscriptions: {ArmFailure.Describe(e)}");
        }

        var now = _clock.GetUtcNow();
        var scans = new SubscriptionScan[listing.Found.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, scans.Length), parallel, async (i, token) =>
            scans[i] = await SubscriptionScanner.ScanAsync(arm, _options.SourceId, listing.Found[i], now, token));
        return AzureCollectionReport.Build(_options, arm.Endpoint, listing, scans, _clock.GetUtcNow());
    }

    // One line per source, plus one per incomplete dataset (or one for a failed source): never one per resource, never
    // a token or a raw exception.
    private void Report(SourceCollection collection, TimeSpan elapsed)
    {
        var status = collection.Status;
        _log.Information("Azure source {SourceId}: {Status}, {Subscriptions} subscriptions, {Resources} resources and resource groups in {ElapsedMs} ms",
            status.Id, status.Status, collection.Facts.AzureSubscriptions.Count, collection.Facts.CloudResources.Count, (long)elapsed.TotalMilliseconds);
        if (status.Status == CollectionState.Failed)
        {
            _log.Warning("Azure source {SourceId} failed: {Reason}", status.Id, status.Reason);
            return;
        }
        foreach (var dataset in status.Datasets.Where(d => d.Status != CollectionState.Complete))
            _log.Warning("Azure source {SourceId}: {Dataset} is {DatasetStatus}: {Reason}", status.Id, dataset.Name, dataset.Status, Why(dataset));
    }

    // The dataset's reason with the distinct reasons of its subscription gaps, a few at most: one line per dataset.
    private static string? Why(DatasetStatus dataset)
    {
        var reasons = dataset.Gaps.Select(g => g.Reason).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (reasons.Count == 0)
            return dataset.Reason;
        var more = reasons.Count > 3 ? $"; and {reasons.Count - 3} other reasons" : string.Empty;
        return $"{dataset.Reason}: {string.Join("; ", reasons.Take(3))}{more}";
    }
}
