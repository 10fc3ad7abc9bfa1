namespace ComplianceEngine.Engine.Snapshot;

public enum CollectionState
{
    Complete,
    Partial,
    Failed,
}

/// <summary>
/// How the collection from one source went: one tenant, AWS account or Azure subscription set. Travels with
/// the snapshot so that evaluation can turn missing data into Error outcomes instead of passes.
/// </summary>
public sealed record SourceStatus
{
    /// <summary>Unique within the snapshot, e.g. <c>entra:contoso.onmicrosoft.com</c>.</summary>
    public required string Id { get; init; }

    /// <summary><c>entra</c>, <c>aws</c> or <c>azure</c>: the prefix of the datasets it provides.</summary>
    public required string Provider { get; init; }

    /// <summary>Tenant id, AWS account id or subscription id(s).</summary>
    public required string Scope { get; init; }
    public string? DisplayName { get; init; }
    public CollectionState Status { get; init; } = CollectionState.Complete;
    public string? Reason { get; init; }
    public DateTimeOffset? CollectedAt { get; init; }
    public string? Endpoint { get; init; }
    public IReadOnlyList<DatasetStatus> Datasets { get; init; } = [];

    /// <summary>Why a dataset cannot be relied on from this source, or null when it is complete.</summary>
    public string? GapIn(string dataset)
    {
        if (Status == CollectionState.Failed)
            return $"source {Id} failed: {Reason ?? "no reason recorded"}";
        foreach (var d in Datasets)
        {
            if (string.Equals(d.Name, dataset, StringComparison.Ordinal))
                return d.Status == CollectionState.Complete ? null : $"{dataset} from {Id} is {d.Status.ToString().ToLowerInvariant()}: {d.Reason ?? "no reason recorded"}";
        }
        return $"{dataset} was not collected from {Id}";
    }
}

/// <summary>One dataset (an endpoint or group of endpoints) collected from a source.</summary>
public sealed record DatasetStatus
{
    public required string Name { get; init; }
    public CollectionState Status { get; init; } = CollectionState.Complete;
    public string? Reason { get; init; }
    public int? ItemCount { get; init; }
}
