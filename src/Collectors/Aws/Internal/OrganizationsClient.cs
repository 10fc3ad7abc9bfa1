using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.Runtime;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// AWS Organizations over its JSON 1.1 protocol (<c>X-Amz-Target: AWSOrganizationsV20161128.&lt;Op&gt;</c>), signed with
/// SigV4 for service <c>organizations</c> in us-east-1 — the SDK package is not available here. One HTTP call per
/// method; paging and retries belong to the caller, errors come back as <see cref="IamServiceException"/>.
/// </summary>
internal sealed class OrganizationsClient(HttpClient http, Uri endpoint, AWSCredentials credentials, TimeProvider clock)
{
    public static readonly Uri PublicEndpoint = new("https://organizations.us-east-1.amazonaws.com/");

    public async Task<Page<OrganizationAccount>> ListAccountsAsync(string? nextToken, CancellationToken ct) =>
        Accounts(await CallAsync("ListAccounts", new JsonObject { ["NextToken"] = nextToken }, ct));

    public async Task<Page<OrganizationAccount>> ListAccountsForParentAsync(string parentId, string? nextToken, CancellationToken ct) =>
        Accounts(await CallAsync("ListAccountsForParent", new JsonObject { ["ParentId"] = parentId, ["NextToken"] = nextToken }, ct));

    /// <summary>The ids of the OUs directly under a root or OU.</summary>
    public async Task<Page<string>> ListOrganizationalUnitsForParentAsync(string parentId, string? nextToken, CancellationToken ct)
    {
        var result = await CallAsync("ListOrganizationalUnitsForParent", new JsonObject { ["ParentId"] = parentId, ["NextToken"] = nextToken }, ct);
        var units = result["OrganizationalUnits"]?.AsArray().Select(u => u?["Id"]?.GetValue<string>()).OfType<string>().ToList() ?? [];
        return new Page<string>(units, result["NextToken"]?.GetValue<string>());
    }

    private static Page<OrganizationAccount> Accounts(JsonNode result)
    {
        var accounts = result["Accounts"]?.AsArray().OfType<JsonNode>().Select(a => new OrganizationAccount(
            a["Id"]?.GetValue<string>() ?? string.Empty, a["Name"]?.GetValue<string>(), a["Arn"]?.GetValue<string>(),
            // State (ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED) replaces the older Status (ACTIVE, SUSPENDED, PENDING_CLOSURE).
            a["State"]?.GetValue<string>() ?? a["Status"]?.GetValue<string>() ?? "UNKNOWN")).Where(a => a.Id.Length > 0).ToList() ?? [];
        return new Page<OrganizationAccount>(accounts, result["NextToken"]?.GetValue<string>());
    }

    private async Task<JsonNode> CallAsync(string operation, JsonObject input, CancellationToken ct)
    {
        foreach (var key in input.Where(p => p.Value is null).Select(p => p.Key).ToList())
            input.Remove(key);
        var body = Encoding.UTF8.GetBytes(input.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", $"AWSOrganizationsV20161128.{operation}");
        var identity = await credentials.GetCredentialsAsync();
        SigV4RequestSigner.Sign(request, body, identity, "us-east-1", "organizations", clock.GetUtcNow().UtcDateTime);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw ErrorFrom(response, text);
        return JsonNode.Parse(text) ?? new JsonObject();
    }

    private static IamServiceException ErrorFrom(HttpResponseMessage response, string text)
    {
        string code = response.StatusCode.ToString(), message = response.ReasonPhrase ?? string.Empty;
        try
        {
            var error = JsonNode.Parse(text);
            // __type may carry a namespace prefix: "com.amazonaws.organizations#AccessDeniedException".
            code = error?["__type"]?.GetValue<string>() is { } type ? type[(type.LastIndexOf('#') + 1)..] : code;
            message = (error?["message"] ?? error?["Message"])?.GetValue<string>() ?? message;
        }
        catch (JsonException)
        {
            // A non-JSON body (a proxy's page): the status code says enough.
        }
        var status = response.StatusCode == 0 ? HttpStatusCode.InternalServerError : response.StatusCode;
        return new IamServiceException(status, code, message, response.Headers.RetryAfter?.Delta);
    }
}

/// <summary>An account of the organisation and its state.</summary>
internal sealed record OrganizationAccount(string Id, string? Name, string? Arn, string State)
{
    public bool IsActive => State == "ACTIVE";

    /// <summary>The partition of the account's ARN (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>), for the role ARN in it.</summary>
    public string Partition => Arn?.Split(':') is [_, { Length: > 0 } partition, ..] ? partition : "aws";
}
