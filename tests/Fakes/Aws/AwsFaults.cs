namespace ComplianceEngine.Fakes.Aws;

public enum AwsFault
{
    /// <summary>The service's throttling error: IAM/STS 400 Throttling, EC2 503 RequestLimitExceeded, S3 503 SlowDown.</summary>
    Throttle,
    ServerError,

    /// <summary>HTTP 429 with <c>Retry-After: 0</c>.</summary>
    TooManyRequests,

    /// <summary>403 AccessDenied (EC2: UnauthorizedOperation), every time.</summary>
    Deny,

    /// <summary>A 200 whose body is cut off mid-way.</summary>
    Truncate,
}

/// <summary>
/// Faults to inject per operation (<c>iam:ListUsers</c>, <c>s3:GetBucketLocation</c>, <c>ec2:DescribeInstances</c>…), or
/// per operation on one target: <c>ec2:DescribeInstances@eu-west-3</c> (the signing region), <c>s3:GetBucketLocation@logs</c>
/// (the bucket). A target's fault wins over the operation's.
/// </summary>
public sealed class AwsFaults
{
    private readonly Dictionary<string, (AwsFault Fault, int Remaining)> _faults = new(StringComparer.Ordinal);

    /// <summary>The next <paramref name="times"/> calls of the operation fail with the fault.</summary>
    public AwsFaults Add(string operation, AwsFault fault, int times = int.MaxValue)
    {
        lock (_faults)
            _faults[operation] = (fault, times);
        return this;
    }

    public AwsFault? Take(string operation, string? target) =>
        (target is null ? null : Take($"{operation}@{target}")) ?? Take(operation);

    public AwsFault? Take(string operation)
    {
        lock (_faults)
        {
            if (!_faults.TryGetValue(operation, out var entry) || entry.Remaining <= 0)
                return null;
            _faults[operation] = (entry.Fault, entry.Remaining == int.MaxValue ? int.MaxValue : entry.Remaining - 1);
            return entry.Fault;
        }
    }
}
