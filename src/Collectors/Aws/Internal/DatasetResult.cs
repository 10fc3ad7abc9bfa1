using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>Builds the status of one dataset.</summary>
internal static class DatasetResult
{
    public static DatasetStatus Complete(string name, int count) => new() { Name = name, Status = CollectionState.Complete, ItemCount = count };

    public static DatasetStatus Partial(string name, int count, string reason) =>
        new() { Name = name, Status = CollectionState.Partial, ItemCount = count, Reason = reason };

    public static DatasetStatus Failed(string name, string reason) => new() { Name = name, Status = CollectionState.Failed, Reason = reason };

    /// <summary>Complete when there is no reason; otherwise partial when something usable came back, else failed.</summary>
    public static DatasetStatus From(string name, int count, string? reason, bool usable) => reason is null
        ? Complete(name, count)
        : usable ? Partial(name, count, reason) : Failed(name, reason);
}
