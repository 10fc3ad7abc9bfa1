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

    /// <summary>Why a dataset cannot be relied on from this source in full, or null when every scope of it is complete.</summary>
    public string? GapIn(string dataset) => GapsIn(dataset) is [var first, ..] ? first.Describe() : null;

    /// <summary>
    /// The parts of a dataset that were not read: one gap with a null scope when the whole dataset is missing from
    /// this source, else one per incomplete scope; empty when the dataset is complete.
    /// </summary>
    public IReadOnlyList<DataGap> GapsIn(string dataset)
    {
        if (Status == CollectionState.Failed)
            return [new DataGap(this, dataset, null, CollectionState.Failed, Reason ?? "no reason recorded", $"source {Id} failed: {Reason ?? "no reason recorded"}")];
        foreach (var d in Datasets)
        {
            if (!string.Equals(d.Name, dataset, StringComparison.Ordinal))
                continue;
            if (d.Gaps.Count > 0)
                return d.Gaps.Select(g => DataGap.Of(this, dataset, g.Scope, g.Status, g.Reason ?? d.Reason)).ToList();
            return d.Status == CollectionState.Complete ? [] : [DataGap.Of(this, dataset, null, d.Status, d.Reason)];
        }
        return [new DataGap(this, dataset, null, CollectionState.Failed, "not collected", $"{dataset} was not collected from {Id}")];
    }
}

/// <summary>One dataset (an endpoint or group of endpoints) collected from a source.</summary>
public sealed record DatasetStatus
{
    public required string Name { get; init; }
    public CollectionState Status { get; init; } = CollectionState.Complete;
    public string? Reason { get; init; }
    public int? ItemCount { get; init; }

    /// <summary>
    /// The scopes that were not read when the rest of the dataset was (format version 2). Empty with a status other
    /// than complete means the whole dataset is missing from the source.
    /// </summary>
    public IReadOnlyList<ScopeGap> Gaps { get; init; } = [];
}

/// <summary>A part of one dataset of one source that was not read: the whole dataset (<see cref="Scope"/> null) or one scope.</summary>
public sealed record DataGap(SourceStatus Source, string Dataset, string? Scope, CollectionState Status, string Reason, string Text)
{
    public bool IsWhole => Scope is null;

    public string Describe() => Text;

    internal static DataGap Of(SourceStatus source, string dataset, string? scope, CollectionState status, string? reason)
    {
        var why = reason ?? "no reason recorded";
        var state = status.ToString().ToLowerInvariant();
        var text = scope is null
            ? $"{dataset} from {source.Id} is {state}: {why}"
            : $"{dataset} from {source.Id} is {state} for {DataScope.Describe(scope)}: {why}";
        return new DataGap(source, dataset, scope, status, why, text);
    }
}
