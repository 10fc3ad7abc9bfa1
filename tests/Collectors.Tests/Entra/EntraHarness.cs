using ComplianceEngine.Collectors.Auth;
using ComplianceEngine.Collectors.Entra;
using ComplianceEngine.Fakes.Entra;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace ComplianceEngine.Collectors.Tests.Entra;

/// <summary>A fake Graph serving <see cref="EntraTestTenant"/> and collectors pointed at it with an access token.</summary>
internal sealed class EntraHarness : IAsyncDisposable, ILogEventSink
{
    public const string TokenVariable = "ENTRA_TEST_ACCESS_TOKEN";
    public const string Token = "eyJ0eXAiOiJKV1QifQ.c2VjcmV0LXRva2VuLTdmM2M5YQ.sig-3b1d";

    private EntraHarness(FakeGraph graph) => Graph = graph;

    public FakeGraph Graph { get; }
    public List<string> Logs { get; } = [];

    public static async Task<EntraHarness> StartAsync(FakeGraphTenant? tenant = null)
    {
        var graph = await FakeGraph.StartAsync(tenant ?? EntraTestTenant.Create());
        graph.ExpectedToken = Token;
        graph.PageSizes[GraphEndpoints.UserRegistrationDetails] = 100;
        return new EntraHarness(graph);
    }

    public EntraSource Source => new()
    {
        TenantId = Graph.Tenant.TenantId,
        GraphEndpoint = Graph.Endpoint,
        Auth = new AzureAuthOptions { Method = AzureAuthMethod.AccessToken, AccessTokenVariable = TokenVariable },
    };

    public EntraCollectorOptions Options(string? token = Token) => new()
    {
        MaxRetries = 2,
        RetryDelaySeconds = 0,
        CreateTransport = Graph.CreateTrustingHandler,
        Environment = name => name == TokenVariable ? token : null,
    };

    public EntraCollector Collector(EntraCollectorOptions? options = null) => new(Source, options ?? Options(), Logger());

    public Task<SourceCollection> CollectAsync(EntraCollectorOptions? options = null) =>
        Collector(options).CollectAsync(CancellationToken.None);

    public ILogger Logger() => new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();

    public void Emit(LogEvent logEvent)
    {
        lock (Logs)
            Logs.Add(logEvent.RenderMessage() + " " + logEvent.Exception);
    }

    public ValueTask DisposeAsync() => Graph.DisposeAsync();
}
