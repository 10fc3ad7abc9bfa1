using System.Collections.Concurrent;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>One dataset listed region by region: the resources found, and a <c>region:&lt;r&gt;</c> gap per region that failed.</summary>
internal sealed class RegionalListing(string dataset)
{
    private readonly ConcurrentBag<CloudResource> _found = [];
    private readonly ConcurrentDictionary<string, AwsCallException> _failures = new(StringComparer.Ordinal);

    public IReadOnlyList<CloudResource> Resources => [.. _found.OrderBy(r => r.Id, StringComparer.Ordinal)];

    public async Task ReadAsync(string region, Func<Task<IEnumerable<CloudResource>>> list)
    {
        try
        {
            foreach (var resource in await list())
                _found.Add(resource);
        }
        catch (AwsCallException e)
        {
            _failures[region] = e;
        }
    }

    /// <summary>The listing could not run at all (the regions are unknown): missing for the whole account.</summary>
    public DatasetStatus Failed(string reason) => DatasetResult.Failed(dataset, reason);

    /// <summary>Complete, or a gap per region that could not be listed: partial, failed when every region failed.</summary>
    public DatasetStatus Status(IReadOnlyList<string> regions)
    {
        if (_failures.IsEmpty)
            return DatasetResult.Complete(dataset, _found.Count);
        var failed = regions.Where(_failures.ContainsKey).ToList();
        var gaps = failed.Select(r => new ScopeGap { Scope = DataScope.Region(r), Status = CollectionState.Failed, Reason = _failures[r].Message }).ToList();
        var reason = $"{failed.Count} of {regions.Count} regions failed; first: {_failures[failed[0]].Message}";
        var status = failed.Count == regions.Count ? DatasetResult.Failed(dataset, reason) : DatasetResult.Partial(dataset, _found.Count, reason);
        return status with { Gaps = gaps };
    }
}
