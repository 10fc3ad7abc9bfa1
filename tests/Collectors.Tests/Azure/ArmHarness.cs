using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using ComplianceEngine.Collectors.Azure;
using ComplianceEngine.Fakes.Azure;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace ComplianceEngine.Collectors.Tests.Azure;

/// <summary>A fake ARM over HTTPS and a collector that trusts exactly its certificate, with fast retries and captured logs.</summary>
internal sealed class ArmHarness : IAsyncDisposable
{
    public static readonly string Token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.test-arm-token-" + Guid.NewGuid().ToString("N");

    private ArmHarness(FakeArm arm)
    {
        Arm = arm;
        Handler = new InFlightHandler(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == arm.Server.Certificate!.Thumbprint,
        });
    }

    public FakeArm Arm { get; }
    public InFlightHandler Handler { get; }
    public LogCapture Logs { get; } = new();

    public static async Task<ArmHarness> StartAsync(FakeArmData data) => new(await FakeArm.StartAsync(data, Token));

    public AzureSourceOptions Options() => new()
    {
        SourceId = $"azure:{ArmScenario.TenantId}",
        TenantId = ArmScenario.TenantId,
        ArmEndpoint = Arm.Endpoint,
        MaxParallelism = 4,
        MaxRetries = 3,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        Transport = new HttpClientTransport(Handler),
    };

    public Task<SourceCollection> CollectAsync(Func<AzureSourceOptions, AzureSourceOptions>? configure = null, TokenCredential? credential = null)
    {
        var options = configure is null ? Options() : configure(Options());
        var log = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(Logs).CreateLogger();
        return new AzureCollector(options, log, credential ?? new StaticTokenCredential(Token)).CollectAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => Arm.DisposeAsync();
}

internal sealed class StaticTokenCredential(string token) : TokenCredential
{
    public ConcurrentBag<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
            Scopes.Add(scope);
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}

/// <summary>Counts how many distinct subscriptions have a request in flight at once.</summary>
internal sealed class InFlightHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private int _maxSubscriptions;

    public int MaxConcurrentSubscriptions => _maxSubscriptions;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var segments = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var subscription = segments.Length > 2 && segments[0] == "subscriptions" ? segments[1] : null;
        if (subscription is null)
            return await base.SendAsync(request, cancellationToken);
        _inFlight.AddOrUpdate(subscription, 1, (_, n) => n + 1);
        var current = _inFlight.Count(kv => kv.Value > 0);
        InterlockedMax(ref _maxSubscriptions, current);
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            _inFlight.AddOrUpdate(subscription, 0, (_, n) => n - 1);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

internal sealed class LogCapture : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

    public string AllText => string.Join("\n", Events.Select(e => e.RenderMessage() + " " + e.Exception));
}
