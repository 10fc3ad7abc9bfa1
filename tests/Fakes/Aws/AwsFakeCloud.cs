using System.Collections.Concurrent;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>
/// IAM, STS, S3, EC2 (and the other regional services) and IAM Identity Center of one synthetic account — and, with an organisation, of its member accounts, each reached with
/// the session AssumeRole gives for a role in it — plus AWS Organizations, behind one endpoint on 127.0.0.1 (as with
/// <c>AWS_ENDPOINT_URL</c>), routed by the SigV4 credential scope's service and the caller's account. Every request's signature is verified against the issued keys;
/// a bad one gets 403 SignatureDoesNotMatch. Counts calls per operation and the most calls in flight at once.
/// </summary>
public sealed class AwsFakeCloud : IAsyncDisposable
{
    public const string AccessKeyId = "AKIAFAKEAUDITOR00001";
    public const string SecretKey = "fakeSecretKey/DoNotLeak+0123456789abcdefghij";

    private readonly ConcurrentDictionary<string, (string Secret, string? Token, string Account)> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccountFakes> _accounts = new(StringComparer.Ordinal);
    private readonly List<string> _assumedRoles = [];
    private LoopbackServer? _server;
    private int _inFlight, _maxInFlight, _signatureFailures;

    private AwsFakeCloud(FakeAwsAccount account, FakeOrganization? organization)
    {
        Account = account;
        Organization = organization;
        _keys[AccessKeyId] = (SecretKey, null, account.AccountId);
        foreach (var each in new[] { account }.Concat(organization?.Members.Select(m => m.Account) ?? []))
            _accounts.TryAdd(each.AccountId, new AccountFakes(each, new IamQueryFake(each), new StsFake(each, Issue), new S3Fake(each), new Ec2Fake(each)));
    }

    public static async Task<AwsFakeCloud> StartAsync(FakeAwsAccount account, FakeOrganization? organization = null)
    {
        var cloud = new AwsFakeCloud(account, organization);
        cloud._server = await LoopbackServer.StartAsync(cloud.HandleAsync);
        return cloud;
    }

    /// <summary>The account the base credentials belong to (the organisation's management account, with one).</summary>
    public FakeAwsAccount Account { get; }
    public FakeOrganization? Organization { get; }
    public Uri Endpoint => _server!.BaseAddress;
    public AwsFaults Faults { get; } = new();

    /// <summary>Added to every response, counted as time in flight.</summary>
    public TimeSpan Latency { get; set; }

    public IReadOnlyList<string> AssumedRoles
    {
        get
        {
            lock (_assumedRoles)
                return [.. _assumedRoles];
        }
    }

    /// <summary>Secret keys and session tokens handed out by AssumeRole, for leak checks.</summary>
    public IReadOnlyList<string> IssuedSessionSecrets =>
        [.. _keys.Where(k => k.Key != AccessKeyId).SelectMany(k => new[] { k.Value.Secret, k.Value.Token }).OfType<string>()];
    public int SignatureFailures => Volatile.Read(ref _signatureFailures);
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);
    public int TotalCalls => _calls.Values.Sum();

    /// <summary>Calls of one operation (<c>iam:ListUsers</c>), or of every operation of a service (<c>iam:</c>).</summary>
    public int Calls(string operation) => operation.EndsWith(':')
        ? _calls.Where(c => c.Key.StartsWith(operation, StringComparison.Ordinal)).Sum(c => c.Value)
        : _calls.GetValueOrDefault(operation);

    private async Task HandleAsync(HttpContext context)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, inFlight);
        try
        {
            if (Latency > TimeSpan.Zero)
                await Task.Delay(Latency);
            await ServeAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task ServeAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var scope = SigV4Verifier.ScopeOf(context.Request.Headers.Authorization.ToString());
        var form = context.Request.HasFormContentType ? Parse(Encoding.UTF8.GetString(body)) : new Dictionary<string, string>();
        var query = Parse(context.Request.QueryString.Value ?? string.Empty);
        var service = scope?.Service ?? "unknown";
        var action = service switch
        {
            "s3" => S3Fake.OperationOf(context.Request.Path.Value ?? "/", query),
            "lambda" => LambdaFake.OperationOf(context.Request.Path.Value ?? "/"),
            "elasticfilesystem" => EfsFake.OperationOf(context.Request.Path.Value ?? "/"),
            "organizations" or "dynamodb" or "sso" or "identitystore" => context.Request.Headers["X-Amz-Target"].ToString().Split('.').Last(),
            _ => form.GetValueOrDefault("Action"),
        };
        var operation = $"{service}:{action ?? "unknown"}";
        _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);

        if (scope is not { } s || !_keys.TryGetValue(s.AccessKeyId, out var key))
        {
            await WriteAsync(context, service, FakeReply.Error(403, "InvalidClientTokenId", "The security token included in the request is invalid."));
            return;
        }
        if (!SigV4Verifier.Verify(context.Request, body, key.Secret) || (key.Token is not null && context.Request.Headers["x-amz-security-token"] != key.Token))
        {
            Interlocked.Increment(ref _signatureFailures);
            await WriteAsync(context, service, FakeReply.Error(403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided."));
            return;
        }
        var target = service switch
        {
            "ec2" or "dynamodb" or "lambda" or "elasticfilesystem" or "rds" => s.Region,
            "iam" => form.GetValueOrDefault("UserName"),
            "s3" => (context.Request.Path.Value ?? "/").Trim('/') is { Length: > 0 } bucket ? bucket : null,
            "sso" or "identitystore" => IdentityCenterFake.TargetOf(Encoding.UTF8.GetString(body)),
            _ => null,
        };
        // The account a call is about: the role's account for AssumeRole, else the caller's (faults per account: op@123456789012).
        var accountId = action == "AssumeRole" ? AccountOfRole(form.GetValueOrDefault("RoleArn")) ?? key.Account : key.Account;
        var fakes = _accounts[key.Account];
        if (action == "AssumeRole" && !_accounts.ContainsKey(accountId))
        {
            await WriteAsync(context, service, FakeReply.Error(403, "AccessDenied", $"Not authorized to perform sts:AssumeRole on {form.GetValueOrDefault("RoleArn")}"));
            return;
        }
        switch (Faults.Take($"{operation}@{accountId}") ?? Faults.Take(operation, target))
        {
            case AwsFault.Throttle:
                await WriteAsync(context, service, service switch
                {
                    "ec2" => FakeReply.Error(503, "RequestLimitExceeded", "Request limit exceeded."),
                    "s3" => FakeReply.Error(503, "SlowDown", "Please reduce your request rate."),
                    _ => FakeReply.Error(400, "Throttling", "Rate exceeded"),
                });
                return;
            case AwsFault.ServerError:
                await WriteAsync(context, service, FakeReply.Error(500, "InternalFailure", "We encountered an internal error. Please try again."));
                return;
            case AwsFault.TooManyRequests:
                context.Response.Headers.RetryAfter = "0";
                await WriteAsync(context, service, FakeReply.Error(429, "TooManyRequests", "Too many requests."));
                return;
            case AwsFault.Deny:
                await WriteAsync(context, service, service == "ec2"
                    ? FakeReply.Error(403, "UnauthorizedOperation", "You are not authorized to perform this operation.")
                    : FakeReply.Error(403, "AccessDenied", $"User: arn:aws:iam::{Account.AccountId}:user/auditor is not authorized to perform: {operation}"));
                return;
            case AwsFault.Truncate:
                context.Response.ContentType = "text/xml";
                context.Response.ContentLength = 4096;
                await context.Response.WriteAsync("<?xml version=\"1.0\"?><Response><Partial");
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
        }
        if (service is "lambda" or "elasticfilesystem")
        {
            var (status, json) = service == "lambda"
                ? LambdaFake.Handle(fakes.Account, action ?? string.Empty, query, s.Region)
                : EfsFake.Handle(fakes.Account, action ?? string.Empty, query, s.Region);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
            return;
        }
        if (service == "dynamodb")
        {
            var (status, json) = DynamoDbFake.Handle(fakes.Account, action ?? string.Empty, Encoding.UTF8.GetString(body), s.Region);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/x-amz-json-1.0";
            await context.Response.WriteAsync(json);
            return;
        }
        if (service is "sso" or "identitystore")
        {
            var (status, json) = IdentityCenterFake.Handle(fakes.Account, service, action ?? string.Empty, Encoding.UTF8.GetString(body), s.Region);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/x-amz-json-1.1";
            await context.Response.WriteAsync(json);
            return;
        }
        if (service == "organizations")
        {
            var (status, json) = OrganizationsFake.Handle(Organization, key.Account, action ?? string.Empty, Encoding.UTF8.GetString(body));
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/x-amz-json-1.1";
            await context.Response.WriteAsync(json);
            return;
        }
        var reply = service switch
        {
            "iam" => fakes.Iam.Handle(action ?? string.Empty, form),
            "sts" => fakes.Sts.Handle(action ?? string.Empty, form, s.AccessKeyId),
            "ec2" => fakes.Ec2.Handle(action ?? string.Empty, form, s.Region),
            "rds" => RdsFake.Handle(fakes.Account, action ?? string.Empty, form, s.Region),
            "s3" => fakes.S3.Handle(action ?? string.Empty, context.Request.Path.Value ?? "/", query),
            _ => FakeReply.Error(400, "UnknownService", $"No service {service} here."),
        };
        await WriteAsync(context, service, reply);
    }

    /// <summary>A session for the role's account (the main account when the role's account is not one of the fake's).</summary>
    private void Issue(string keyId, string secret, string token, string roleArn)
    {
        lock (_assumedRoles)
            _assumedRoles.Add(roleArn);
        var account = AccountOfRole(roleArn) is { } id && _accounts.ContainsKey(id) ? id : Account.AccountId;
        _keys[keyId] = (secret, token, account);
    }

    private static string? AccountOfRole(string? roleArn) => roleArn?.Split(':') is [_, _, _, _, { Length: 12 } account, ..] ? account : null;

    private sealed record AccountFakes(FakeAwsAccount Account, IamQueryFake Iam, StsFake Sts, S3Fake S3, Ec2Fake Ec2);

    private static async Task WriteAsync(HttpContext context, string service, FakeReply reply)
    {
        context.Response.StatusCode = reply.Status;
        if (service is "lambda" or "elasticfilesystem" && reply.Body is null)
        {
            // Lambda: the error type in x-amzn-ErrorType, a JSON body with Type and Message.
            context.Response.Headers["x-amzn-ErrorType"] = reply.ErrorCode == "AccessDenied" ? "AccessDeniedException" : reply.ErrorCode ?? "ServiceException";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(LambdaFake.Error(reply.ErrorMessage ?? string.Empty));
            return;
        }
        if (service is "sso" or "identitystore" && reply.Body is null)
        {
            // IAM Identity Center answers AccessDeniedException and ThrottlingException with HTTP 400 and a JSON __type (API reference).
            context.Response.StatusCode = reply.Status is 403 or 400 ? 400 : reply.Status;
            context.Response.ContentType = "application/x-amz-json-1.1";
            var type = reply.ErrorCode switch { "AccessDenied" => "AccessDeniedException", "Throttling" => "ThrottlingException", { } code => code, null => "InternalServerException" };
            await context.Response.WriteAsync(IdentityCenterFake.Error(type, reply.ErrorMessage ?? string.Empty));
            return;
        }
        if (service == "dynamodb" && reply.Body is null)
        {
            // DynamoDB speaks JSON: its errors are a __type and a message (access denied is a 400 AccessDeniedException).
            context.Response.StatusCode = reply.Status == 403 ? 400 : reply.Status;
            context.Response.ContentType = "application/x-amz-json-1.0";
            var type = reply.ErrorCode switch { "AccessDenied" => "AccessDeniedException", "Throttling" => "ThrottlingException", { } code => code, null => "InternalServerError" };
            await context.Response.WriteAsync(DynamoDbFake.Error(type, reply.ErrorMessage ?? string.Empty));
            return;
        }
        context.Response.ContentType = "text/xml";
        var body = reply.Body ?? ErrorBody(service, reply.ErrorCode!, reply.ErrorMessage!);
        await context.Response.WriteAsync("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>Each protocol's error shape: Query (IAM, STS, RDS) ErrorResponse, EC2 Response/Errors, S3 Error.</summary>
    private static XElement ErrorBody(string service, string code, string message) => service switch
    {
        "ec2" => new XElement("Response", new XElement("Errors", new XElement("Error", new XElement("Code", code), new XElement("Message", message))),
            new XElement("RequestID", Guid.NewGuid().ToString())),
        "s3" => new XElement("Error", new XElement("Code", code), new XElement("Message", message), new XElement("RequestId", "FAKE")),
        "rds" => QueryError(RdsFake.Ns, code, message),
        _ => QueryError(XNamespace.Get($"https://{service}.amazonaws.com/doc/{(service == "sts" ? "2011-06-15" : "2010-05-08")}/"), code, message),
    };

    private static XElement QueryError(XNamespace ns, string code, string message) => new(ns + "ErrorResponse",
        new XElement(ns + "Error", new XElement(ns + "Type", code == "Throttling" || code.StartsWith("Internal", StringComparison.Ordinal) ? "Receiver" : "Sender"),
            new XElement(ns + "Code", code), new XElement(ns + "Message", message)),
        new XElement(ns + "RequestId", Guid.NewGuid().ToString()));

    private static Dictionary<string, string> Parse(string encoded) => encoded.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .GroupBy(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last().Length > 1 ? Uri.UnescapeDataString(g.Last()[1].Replace('+', ' ')) : string.Empty, StringComparer.Ordinal);

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
