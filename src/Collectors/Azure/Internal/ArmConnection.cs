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
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        if (options.Transport is not null)
            clientOptions.Transport = options.Transport;

        Endpoint = environment.Endpoint;
        Client = new ArmClient(credential, defaultSubscriptionId: null, clientOptions);
        Pipeline = HttpPipelineBuilder.Build(clientOptions, new BearerTokenAuthenticationPolicy(credential, environment.DefaultScope));
    }

    public Uri Endpoint { get; }
    public ArmClient Client { get; }
    public HttpPipeline Pipeline { get; }

    private static ArmEnvironment Environment(AzureSourceOptions options)
    {
        var publicCloud = ArmEnvironment.AzurePublicCloud;
        if (options.Audience is null && options.ArmEndpoint == publicCloud.Endpoint)
            return publicCloud;
        return new ArmEnvironment(options.ArmEndpoint, options.Audience ?? options.ArmEndpoint.GetLeftPart(UriPartial.Authority));
    }
}
