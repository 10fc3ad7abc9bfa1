namespace ComplianceEngine.Engine.Snapshot;

/// <summary>
/// One scope of a dataset that was not read completely: an Azure subscription, an AWS region, or a single item
/// (a credential-report row that did not parse, a user missing from a report). See <see cref="DataScope"/>.
/// </summary>
public sealed record ScopeGap
{
    /// <summary>The scope, e.g. <c>subscription:1234…</c>, <c>region:eu-west-3</c>, <c>item:aws/1234/iam-user/bob</c>.</summary>
    public required string Scope { get; init; }

    /// <summary><c>partial</c> when some of the scope's data came back, <c>failed</c> when none did.</summary>
    public CollectionState Status { get; init; } = CollectionState.Failed;
    public string? Reason { get; init; }
}
