using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Evaluation;

/// <summary>
/// One part of a source that was not read, said once for every dataset missing in it: the whole source or dataset,
/// one subscription or region, or the items of one dataset that were not read. Carries one reason, the rules that
/// gave Error because of it and, for a subscription or region, how many others of its kind were read in full.
/// </summary>
public sealed record IncompleteScope
{
    /// <summary>How many item names <see cref="Items"/> keeps; <see cref="ItemCount"/> says how many there are.</summary>
    public const int ItemsShown = 5;

    public required SourceStatus Source { get; init; }

    /// <summary>
    /// Null for the whole source or dataset; a subscription or region scope (<see cref="DataScope"/>); or the bare kind
    /// <c>item</c> for the items of one dataset that were not read, counted in <see cref="ItemCount"/>.
    /// </summary>
    public string? Scope { get; init; }

    /// <summary>The subscription's display name when the snapshot knows it; null otherwise.</summary>
    public string? ScopeName { get; init; }

    /// <summary>The datasets missing in this scope, in ordinal order; empty for a source marked incomplete without a dataset to blame.</summary>
    public required IReadOnlyList<string> Datasets { get; init; }

    /// <summary><c>failed</c> when a gap in it returned nothing, else <c>partial</c>.</summary>
    public CollectionState Status { get; init; } = CollectionState.Failed;

    /// <summary>Why, once: the shared reason, or <c>dataset: reason</c> pairs when the datasets failed differently.</summary>
    public required string Reason { get; init; }

    /// <summary>The enabled rules that gave Error results for this scope, in id order.</summary>
    public IReadOnlyList<string> ErrorRules { get; init; } = [];

    /// <summary>For a subscription or region: how many other subscriptions or regions of the source were read in full; else null.</summary>
    public int? OtherScopesComplete { get; init; }

    /// <summary>For the items of a dataset: how many were not read (0 for other scopes).</summary>
    public int ItemCount { get; init; }

    /// <summary>
    /// For the items of a dataset: the first <see cref="ItemsShown"/> of them by resource key, each by its display name
    /// when a result named it, else by its key.
    /// </summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    public bool IsWhole => Scope is null;

    public bool IsItems => Scope == DataScope.ItemKind;

    /// <summary>The scope's kind: <c>source</c>, <c>subscription</c>, <c>region</c> or <c>item</c>.</summary>
    public string Kind => Scope is null ? "source" : DataScope.KindOf(Scope);

    /// <summary>
    /// The scope for people: <c>whole source</c>, <c>all of azure.resources</c>, <c>subscription Restricted (1234…)</c>,
    /// <c>region eu-west-3</c>, <c>300 items (aws/…/bob, …)</c>.
    /// </summary>
    public string Describe()
    {
        if (Scope is null)
            return Source.Status == CollectionState.Failed || Datasets.Count == 0 ? "whole source" : "whole dataset";
        if (IsItems)
        {
            var shown = string.Join(", ", Items);
            var more = ItemCount > Items.Count ? ", …" : string.Empty;
            return $"{ItemCount} {(ItemCount == 1 ? "item" : "items")} ({shown}{more})";
        }
        var id = DataScope.IdOf(Scope);
        return ScopeName is null || string.Equals(ScopeName, id, StringComparison.OrdinalIgnoreCase)
            ? DataScope.Describe(Scope)
            : $"{Kind} {ScopeName} ({id})";
    }

    /// <summary>The missing datasets for people: <c>all datasets</c> when the source failed, else their names.</summary>
    public string DescribeDatasets() =>
        IsWhole && Source.Status == CollectionState.Failed ? "all datasets"
        : Datasets.Count == 0 ? "no dataset named" : string.Join(", ", Datasets);
}
