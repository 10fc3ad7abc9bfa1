using Azure.Core;
using Azure.Core.Pipeline;
using Azure.ResourceManager;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>
/// The ArmClient for the typed calls, and a pipeline built from the same options (transport, retries, bearer token)
/// for role assignments, whose SDK package is not available here.
/// </summary>
internal sealed class ArmConnection
{
    public ArmConnection(AzureSourceOptions options, TokenCredential credential)
    {
        var environment = Environment(options);
        var clientOptions = new ArmClientOptions { Environment = environment };
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = options.MaxRetryDelay;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        clientOptions.AddPolicy(new ArmHostGuard(environment.Endpoint), HttpPipelinePosition.PerCall);
        if (options.Transport is not null)
            clientOptions.Transport = options.Transport;

        Endpoint = environment.Endpoint;
        Client = new ArmClient(credential, defaultSubscriptionId: null, clientOptions);
        Pipeline = HttpPipelineBuilder.Build(clientOptions, new BearerTokenAuthenticationPolicy(credential, environment.DefaultScope));
    }

    public Uri Endpoint { get; }
    public ArmClient Client { get; }
    public HttpPipeline Pipeline { get; }

    private static readonly ArmEnvironment[] KnownClouds =
        [ArmEnvironment.AzurePublicCloud, ArmEnvironment.AzureGovernment, ArmEnvironment.AzureChina, ArmEnvironment.AzureGermany];

    // Known clouds keep the SDK's own endpoint/audience pair; any other endpoint (Azure Stack, a fake) is its own
    // audience unless the configuration names one.
    internal static ArmEnvironment Environment(AzureSourceOptions options)
    {
        var known = KnownClouds.Where(c => Uri.Compare(c.Endpoint, options.ArmEndpoint, UriComponents.SchemeAndServer,
            UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0).Select(c => c.Audience).FirstOrDefault();
        var audience = options.Audience ?? known ?? options.ArmEndpoint.GetLeftPart(UriPartial.Authority);
        return new ArmEnvironment(options.ArmEndpoint, audience);
    }
}
