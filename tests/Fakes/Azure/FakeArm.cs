using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ComplianceEngine.Fakes.Azure;

/// <summary>
/// An in-process Azure Resource Manager over HTTPS on 127.0.0.1: subscriptions, resources, resource groups,
/// policy and role assignments, paged with <c>nextLink</c>, with injectable faults (403, 429 + Retry-After, 5xx,
/// truncated bodies). Requests without the expected bearer token get 401.
/// </summary>
public sealed class FakeArm : IAsyncDisposable
{
    private readonly FakeArmData _data;
    private readonly string _expectedToken;
    private readonly List<FakeArmFault> _faults = [];
    private readonly ConcurrentDictionary<string, byte[]> _pages = new(StringComparer.Ordinal);
    private LoopbackServer? _server;

    private FakeArm(FakeArmData data, string expectedToken)
    {
        _data = data;
        _expectedToken = expectedToken;
    }

    public LoopbackServer Server => _server!;
    public Uri Endpoint => Server.BaseAddress;

    /// <summary>Items per page; ARM lists resources 1000 at a time.</summary>
    public int PageSize { get; set; } = 1000;

    public static async Task<FakeArm> StartAsync(FakeArmData data, string expectedToken)
    {
        var arm = new FakeArm(data, expectedToken);
        arm._server = await LoopbackServer.StartAsync(arm.HandleAsync, https: true);
        return arm;
    }

    /// <summary>Answers requests whose path and query (lower case) contain <paramref name="pathContains"/> with a fault,
    /// <paramref name="times"/> times.</summary>
    public FakeArm Inject(string pathContains, FakeArmFaultKind kind, int times = int.MaxValue, int retryAfterSeconds = 1)
    {
        lock (_faults)
            _faults.Add(new FakeArmFault(pathContains.ToLowerInvariant(), kind, times, retryAfterSeconds));
        return this;
    }

    /// <summary>Requests whose path (lower case) contains the fragment.</summary>
    public int Calls(string pathContains = "") =>
        Server.RequestCount(r => r.PathAndQuery.Contains(pathContains, StringComparison.OrdinalIgnoreCase));

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var key = (request.Path + request.QueryString).ToLowerInvariant();
        if (request.Headers.Authorization.ToString() != $"Bearer {_expectedToken}")
        {
            await WriteErrorAsync(context, 401, "InvalidAuthenticationToken", "The access token is invalid.");
            return;
        }
        if (TakeFault(key) is { } fault)
        {
            await fault.RespondAsync(context, this);
            return;
        }
        var body = _pages.GetOrAdd(key, _ => FakeArmRoutes.Render(_data, request, PageSize));
        if (body.Length == 0)
        {
            await (FakeArmRoutes.UnknownSubscription(_data, request) is { } id
                ? WriteErrorAsync(context, 404, "SubscriptionNotFound", $"The subscription '{id}' could not be found.")
                : WriteErrorAsync(context, 404, "NotFound", $"No route for {request.Path}."));
            return;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(body);
    }

    private FakeArmFault? TakeFault(string key)
    {
        lock (_faults)
        {
            var fault = _faults.FirstOrDefault(f => f.Remaining > 0 && key.Contains(f.PathContains, StringComparison.Ordinal));
            if (fault is not null)
                fault.Remaining--;
            return fault;
        }
    }

    internal byte[] RenderUntruncated(HttpRequest request) => FakeArmRoutes.Render(_data, request, PageSize);

    internal static async Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        FakeArmJson.Error(writer, code, message);
    }
}
