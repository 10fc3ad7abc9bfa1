using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors;

/// <summary>
/// Gathers the facts of one source (a tenant, an AWS account, a set of Azure subscriptions). A collector never
/// throws for a failing API: it returns what it got, with a status that says what is missing and why.
/// </summary>
public interface ISourceCollector
{
    /// <summary>The source id the facts and status will carry, e.g. <c>entra:contoso.onmicrosoft.com</c>.</summary>
    string SourceId { get; }

    Task<SourceCollection> CollectAsync(CancellationToken cancellationToken);

    /// <summary>Every source this collector stands for: itself, or — for a group such as an AWS organisation, whose
    /// members are only known once listed — one collection per member.</summary>
    async Task<IReadOnlyList<SourceCollection>> CollectAllAsync(CancellationToken cancellationToken) => [await CollectAsync(cancellationToken)];
}

/// <summary>What one collector produced: its status and its facts.</summary>
public sealed record SourceCollection(SourceStatus Status, SnapshotFacts Facts);
