namespace ComplianceEngine.Fakes.Entra;

public enum GraphFaultKind
{
    /// <summary>429 Too Many Requests with a Retry-After header.</summary>
    Throttled,

    /// <summary>503 Service Unavailable.</summary>
    Unavailable,

    /// <summary>403 Authorization_RequestDenied: a permission is missing.</summary>
    Forbidden,

    /// <summary>403 for a missing licence (PIM without Entra ID P2).</summary>
    LicenceRequired,

    /// <summary>Headers promise the full body; the connection closes half way through it.</summary>
    Truncated,

    /// <summary>A complete HTTP response whose JSON body is cut in half (as a broken proxy sends it).</summary>
    TruncatedJson,
}

/// <summary>A failure the fake serves instead of a page, a number of times.</summary>
public sealed record GraphFault(GraphFaultKind Kind)
{
    public int Times { get; init; } = 1;

    /// <summary>Only for the page starting at this item offset; null for any page.</summary>
    public int? AtOffset { get; init; }

    public int RetryAfterSeconds { get; init; }

    public static GraphFault Always(GraphFaultKind kind) => new(kind) { Times = int.MaxValue };
}
