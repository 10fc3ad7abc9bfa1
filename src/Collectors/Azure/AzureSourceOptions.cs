using Azure.Core.Pipeline;
using Azure.ResourceManager;
using ComplianceEngine.Collectors.Auth;

namespace ComplianceEngine.Collectors.Azure;

/// <summary>One Azure source: a tenant (or a list of subscriptions) reached through one ARM endpoint and credential.</summary>
public sealed record AzureSourceOptions
{
    /// <summary>The source id facts and status carry, e.g. <c>azure:&lt;tenantId&gt;</c>.</summary>
    public required string SourceId { get; init; }

    /// <summary>Keep only subscriptions of this tenant when listing the visible ones.</summary>
    public string? TenantId { get; init; }

    /// <summary>Collect exactly these subscriptions; null collects every subscription the credential sees.</summary>
    public IReadOnlyList<string>? SubscriptionIds { get; init; }

    /// <summary>ARM endpoint: public cloud by default; sovereign clouds and fakes set their own.</summary>
    public Uri ArmEndpoint { get; init; } = ArmEnvironment.AzurePublicCloud.Endpoint;

    /// <summary>Token audience; defaults to the known cloud's (public, US Government, China, Germany), else to the endpoint itself.</summary>
    public string? Audience { get; init; }

    public AzureAuthOptions Auth { get; init; } = new();

    /// <summary>Subscriptions collected at the same time (each runs its five listings concurrently). ARM throttles
    /// reads per subscription, so subscriptions in parallel do not share a budget.</summary>
    public int MaxParallelism { get; init; } = 16;

    /// <summary>Retries for throttling (429, honouring Retry-After), 5xx and network errors.</summary>
    public int MaxRetries { get; init; } = 5;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one try may wait for ARM to answer before it is retried (then failed).</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>HTTP transport override: a proxy, or a client that trusts a private endpoint's certificate.</summary>
    public HttpPipelineTransport? Transport { get; init; }
}
