namespace ComplianceEngine.Collectors.Entra;

/// <summary>How the Entra collector talks to Graph. The defaults suit a real tenant; tests shorten the delays.</summary>
public sealed record EntraCollectorOptions
{
    public static EntraCollectorOptions Default { get; } = new();

    /// <summary>Retries of the SDK's retry handler for 429 / 503 / 504 (at most 10).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Back-off in seconds when the service sends no Retry-After (Retry-After always wins).</summary>
    public int RetryDelaySeconds { get; init; } = 3;

    /// <summary>Extra attempts of one page when the connection drops or the body arrives truncated.</summary>
    public int TruncatedPageRetries { get; init; } = 1;

    /// <summary>How many role-assignable groups are expanded at once.</summary>
    public int GroupExpansionConcurrency { get; init; } = 8;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The innermost HTTP handler, e.g. one that trusts only a test server's certificate; null for the platform default.</summary>
    public Func<HttpMessageHandler>? CreateTransport { get; init; }

    /// <summary>Where environment variables (access token, client secret) are read from; null for the process environment.</summary>
    public Func<string, string?>? Environment { get; init; }

    /// <summary>Called after every page: endpoint, pages so far, items so far. For progress display in interactive runs.</summary>
    public Action<string, int, int>? OnPage { get; init; }
}
