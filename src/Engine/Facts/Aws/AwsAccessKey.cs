namespace ComplianceEngine.Engine.Facts.Aws;

/// <summary>One of the two access-key slots of an IAM user's credential-report row.</summary>
public sealed record AwsAccessKey
{
    public int Slot { get; init; }
    public bool Active { get; init; }
    public DateTimeOffset? LastRotated { get; init; }
    public DateTimeOffset? LastUsed { get; init; }
}
