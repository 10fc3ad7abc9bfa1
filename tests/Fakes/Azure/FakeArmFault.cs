using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ComplianceEngine.Fakes.Azure;

public enum FakeArmFaultKind
{
    /// <summary>403 AuthorizationFailed, as ARM answers a principal without Reader on the scope.</summary>
    Forbidden,

    /// <summary>429 with Retry-After (seconds), as ARM throttles reads.</summary>
    Throttled,

    /// <summary>503 ServiceUnavailable.</summary>
    ServerError,

    /// <summary>200 with the first half of the JSON body only.</summary>
    TruncatedBody,

    /// <summary>An empty page whose nextLink points at another host: a client must not send its token there.</summary>
    ForeignNextLink,

    /// <summary>An empty page whose nextLink names this same fake under another host name (localhost instead of
    /// 127.0.0.1): a request that follows it is recorded, so a test can prove the token never went there.</summary>
    AliasNextLink,

    /// <summary>403 whose message echoes the request's Authorization header, as some proxies do.</summary>
    EchoAuthorization,

    /// <summary>No answer for 5 s (or until the client gives up), then 503.</summary>
    Hang,
}

internal sealed class FakeArmFault(string pathContains, FakeArmFaultKind kind, int times, int retryAfterSeconds)
{
    public string PathContains { get; } = pathContains;
    public int Remaining { get; set; } = times;

    public async Task RespondAsync(HttpContext context, FakeArm arm)
    {
        switch (kind)
        {
            case FakeArmFaultKind.Forbidden:
                await FakeArm.WriteErrorAsync(context, 403, "AuthorizationFailed",
                    $"The client 'collector@contoso.com' with object id '11111111-0000-0000-0000-000000000001' does not have authorization to perform action 'read' over scope '{context.Request.Path}' or the scope is invalid.");
                break;
            case FakeArmFaultKind.Throttled:
                context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await FakeArm.WriteErrorAsync(context, 429, "TooManyRequests", "The request is being throttled.");
                break;
            case FakeArmFaultKind.ServerError:
                await FakeArm.WriteErrorAsync(context, 503, "ServiceUnavailable", "The service is temporarily unavailable.");
                break;
            case FakeArmFaultKind.TruncatedBody:
                var body = arm.RenderUntruncated(context.Request);
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                break;
            case FakeArmFaultKind.Hang:
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                if (!context.RequestAborted.IsCancellationRequested)
                    await FakeArm.WriteErrorAsync(context, 503, "ServiceUnavailable", "The service is temporarily unavailable.");
                break;
            case FakeArmFaultKind.EchoAuthorization:
                await FakeArm.WriteErrorAsync(context, 403, "AuthorizationFailed",
                    $"Denied by proxy. Request headers: Authorization: {context.Request.Headers.Authorization}; Host: {context.Request.Host}");
                break;
            case FakeArmFaultKind.AliasNextLink:
                context.Response.ContentType = "application/json; charset=utf-8";
                var alias = $"https://localhost:{context.Request.Host.Port}{context.Request.Path}{context.Request.QueryString}";
                await context.Response.WriteAsync($$"""{"value":[],"nextLink":"{{alias}}"}""");
                break;
            case FakeArmFaultKind.ForeignNextLink:
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync("""{"value":[],"nextLink":"https://collector-test.invalid/next?%24skiptoken=1"}""");
                break;
        }
    }
}
