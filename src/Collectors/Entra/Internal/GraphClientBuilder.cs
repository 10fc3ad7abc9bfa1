using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>Builds a <see cref="GraphServiceClient"/> for one source: its endpoint, credential and retry policy.</summary>
internal static class GraphClientBuilder
{
    public static GraphServiceClient Create(EntraSource source, EntraCollectorOptions options, TokenCredential credential, RequestCounter counter)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions());
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = Math.Clamp(options.MaxRetries, 0, 10),
            Delay = Math.Clamp(options.RetryDelaySeconds, 0, 180),
        });
        var replaced = false;
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = retry;
                replaced = true;
            }
        }
        if (!replaced)
            handlers.Insert(0, retry);
        handlers.Add(counter);

        var http = GraphClientFactory.Create(handlers, "v1.0", GraphClientFactory.Global_Cloud, null,
            options.CreateTransport?.Invoke(), disposeHandler: true);
        http.Timeout = options.RequestTimeout;

        var root = source.GraphEndpoint.GetLeftPart(UriPartial.Authority);
        // The token is only ever sent to the configured Graph host, for that cloud's Graph audience.
        var auth = new AzureIdentityAuthenticationProvider(credential, [source.GraphEndpoint.Host], null, false, [$"{root}/.default"]);
        return new GraphServiceClient(http, auth, $"{root}/v1.0");
    }
}
