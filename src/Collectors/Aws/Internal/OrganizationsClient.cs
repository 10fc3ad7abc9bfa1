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

    private readonly SignedJsonClient _json = new(http, credentials, clock);

    private Task<JsonNode> CallAsync(string operation, JsonObject input, CancellationToken ct) =>
        _json.CallAsync(endpoint, "us-east-1", "organizations", $"AWSOrganizationsV20161128.{operation}", input, ct);
}

/// <summary>An account of the organisation and its state.</summary>
internal sealed record OrganizationAccount(string Id, string? Name, string? Arn, string State)
{
    public bool IsActive => State == "ACTIVE";

    /// <summary>The partition of the account's ARN (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>), for the role ARN in it.</summary>
    public string Partition => Arn?.Split(':') is [_, { Length: > 0 } partition, ..] ? partition : "aws";
}
