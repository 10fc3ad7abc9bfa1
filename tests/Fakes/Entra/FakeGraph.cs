using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ComplianceEngine.Fakes.Entra;

/// <summary>
/// An in-process Microsoft Graph v1.0 over HTTPS on 127.0.0.1, serving the documented response shapes of the
/// endpoints the Entra collector reads: <c>@odata.nextLink</c> paging, <c>$select</c> on users,
/// <c>$expand=principal</c> and <c>$expand=policy($expand=rules)</c> with <c>@odata.type</c>, and injected faults (429, 503, 403, truncated bodies).
/// </summary>
public sealed partial class FakeGraph : IAsyncDisposable
{
    private readonly Dictionary<string, List<GraphFault>> _faults = new(StringComparer.Ordinal);
    private readonly Lock _faultLock = new();
    private readonly string _thumbprint;

    private FakeGraph(FakeGraphTenant tenant, LoopbackServer server)
    {
        Tenant = tenant;
        Server = server;
        _thumbprint = server.Certificate!.GetCertHashString();
    }

    public FakeGraphTenant Tenant { get; }
    public LoopbackServer Server { get; }

    /// <summary>The value to configure as <c>graphEndpoint</c>.</summary>
    public Uri Endpoint => Server.BaseAddress;

    /// <summary>The bearer token the fake accepts; null accepts any request.</summary>
    public string? ExpectedToken { get; set; }

    /// <summary>Answer 403 when users are requested with <c>signInActivity</c> (no Entra ID P1 / AuditLog.Read.All).</summary>
    public bool SignInActivityForbidden { get; set; }

    /// <summary>Fixed page sizes of endpoints that take no <c>$top</c>.</summary>
    public Dictionary<string, int> PageSizes { get; } = new(StringComparer.Ordinal)
    {
        [GraphEndpoints.UserRegistrationDetails] = 1000,
        [GraphEndpoints.RoleDefinitions] = 100,
        [GraphEndpoints.RoleAssignments] = 100,
        [GraphEndpoints.RoleEligibilitySchedules] = 100,
        [GraphEndpoints.RoleAssignmentSchedules] = 100,
        [GraphEndpoints.ConditionalAccessPolicies] = 100,
        [GraphEndpoints.RoleManagementPolicyAssignments] = 100,
        [GraphEndpoints.AuthenticationStrengthPolicies] = 100,
        [GraphEndpoints.GroupEligibilitySchedules] = 100,
        [GraphEndpoints.SubscribedSkus] = 100,
    };

    public static async Task<FakeGraph> StartAsync(FakeGraphTenant tenant)
    {
        FakeGraph? graph = null;
        var server = await LoopbackServer.StartAsync(context => graph!.HandleAsync(context), https: true);
        graph = new FakeGraph(tenant, server);
        return graph;
    }

    public void Inject(string endpoint, GraphFault fault)
    {
        lock (_faultLock)
        {
            if (!_faults.TryGetValue(endpoint, out var list))
                _faults[endpoint] = list = [];
            list.Add(fault);
        }
    }

    /// <summary>Requests received for one endpoint (see <see cref="GraphEndpoints"/>).</summary>
    public int Calls(string endpoint) => Server.RequestCount(r => GraphEndpoints.Of(PathOnly(r.PathAndQuery), QueryOnly(r.PathAndQuery)) == endpoint);

    public int TotalCalls => Server.RequestCount();

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        if (ExpectedToken is not null && context.Request.Headers.Authorization.ToString() != "Bearer " + ExpectedToken)
        {
            await WriteErrorAsync(context, 401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
            return;
        }
        var endpoint = GraphEndpoints.Of(context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "");
        if (endpoint is null)
        {
            await WriteErrorAsync(context, 404, "Request_ResourceNotFound", "Resource not found for the segment.");
            return;
        }
        var offset = int.TryParse(context.Request.Query["$skiptoken"], out var skip) ? skip : 0;
        var fault = TakeFault(endpoint, offset);
        if (fault is not null && fault.Kind is not (GraphFaultKind.Truncated or GraphFaultKind.TruncatedJson))
        {
            await WriteFaultAsync(context, fault);
            return;
        }
        using var rendered = Render(endpoint, context, offset, out var status);
        var body = rendered.Written;
        if (fault?.Kind == GraphFaultKind.TruncatedJson)
            body = body[..(body.Length / 2)];
        var truncate = fault?.Kind == GraphFaultKind.Truncated;
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8";
        context.Response.ContentLength = body.Length;
        if (!truncate)
        {
            await context.Response.Body.WriteAsync(body);
            return;
        }
        await context.Response.Body.WriteAsync(body[..(body.Length / 2)]);
        await context.Response.Body.FlushAsync();
        context.Abort();
    }

    private GraphFault? TakeFault(string endpoint, int offset)
    {
        lock (_faultLock)
        {
            if (!_faults.TryGetValue(endpoint, out var list))
                return null;
            var index = list.FindIndex(f => f.AtOffset is null || f.AtOffset == offset);
            if (index < 0)
                return null;
            var fault = list[index];
            if (fault.Times != int.MaxValue)
            {
                if (fault.Times <= 1)
                    list.RemoveAt(index);
                else
                    list[index] = fault with { Times = fault.Times - 1 };
            }
            return fault;
        }
    }

    private static Task WriteFaultAsync(HttpContext context, GraphFault fault)
    {
        switch (fault.Kind)
        {
            case GraphFaultKind.Throttled:
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return WriteErrorAsync(context, 429, "TooManyRequests", "Too many requests.");
            case GraphFaultKind.Unavailable:
                return WriteErrorAsync(context, 503, "serviceNotAvailable", "The service is temporarily unavailable.");
            case GraphFaultKind.LicenceRequired:
                return WriteErrorAsync(context, 403, "AadPremiumLicenseRequired", "The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.");
            default:
                return WriteErrorAsync(context, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }
    }

    internal static async Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("error");
            json.WriteString("code", code);
            json.WriteString("message", message);
            json.WriteStartObject("innerError");
            json.WriteString("request-id", Guid.NewGuid().ToString());
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory);
    }

    private static string QueryOnly(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? "" : pathAndQuery[q..];
    }

    private static string PathOnly(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? pathAndQuery : pathAndQuery[..q];
    }
}
