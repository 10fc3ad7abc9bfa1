namespace ComplianceEngine.Engine.Facts.Aws;

/// <summary>One of the two access-key slots of an IAM user's credential-report row.</summary>
public sealed record AwsAccessKey
{
    public int Slot { get; init; }
    public bool Active { get; init; }
    public DateTimeOffset? LastRotated { get; init; }
    public DateTimeOffset? LastUsed { get; init; }

    /// <summary>The key's id (ListAccessKeys, dataset <c>aws.accessKeys</c>), looked up only for users whose keys may fail a
    /// key rule; null otherwise or when the listing failed. Used in fixes, never in a verdict.</summary>
    public string? AccessKeyId { get; init; }
}
