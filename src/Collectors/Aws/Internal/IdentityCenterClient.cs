using System.Text.Json.Nodes;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// The reads of IAM Identity Center this scanner makes, one HTTP call per method: sso-admin (JSON 1.1, target prefix
/// <c>SWBExternalService</c>, endpoint <c>sso.&lt;region&gt;.amazonaws.com</c>, signing name <c>sso</c>) and identitystore
/// (<c>AWSIdentityStore</c>, <c>identitystore.&lt;region&gt;.amazonaws.com</c>, signing name <c>identitystore</c>).
/// </summary>
internal sealed class IdentityCenterClient(SignedJsonClient client, AwsEndpoints endpoints, string region)
{
    private const int PageSize = 100;

    private Uri SsoAdmin => endpoints.OverrideFor("SSO_ADMIN") ?? new Uri($"https://sso.{region}.amazonaws.com/");
    private Uri IdentityStore => endpoints.OverrideFor("IDENTITYSTORE") ?? new Uri($"https://identitystore.{region}.amazonaws.com/");

    public async Task<Page<(string Arn, string StoreId)>> ListInstancesAsync(string? token, CancellationToken ct)
    {
        var result = await Admin("ListInstances", new JsonObject { ["MaxResults"] = PageSize, ["NextToken"] = token }, ct);
        return new(Items(result, "Instances", i => (Text(i, "InstanceArn"), Text(i, "IdentityStoreId"))).Where(i => i.Item1.Length > 0).ToList(), Text(result, "NextToken", null));
    }

    public async Task<Page<string>> ListPermissionSetsAsync(string instance, string? token, CancellationToken ct)
    {
        var result = await Admin("ListPermissionSets", new JsonObject { ["InstanceArn"] = instance, ["MaxResults"] = PageSize, ["NextToken"] = token }, ct);
        return new(Strings(result, "PermissionSets"), Text(result, "NextToken", null));
    }

    public async Task<string?> DescribePermissionSetNameAsync(string instance, string permissionSet, CancellationToken ct)
    {
        var result = await Admin("DescribePermissionSet", new JsonObject { ["InstanceArn"] = instance, ["PermissionSetArn"] = permissionSet }, ct);
        return result["PermissionSet"] is { } set ? Text(set, "Name", null) : null;
    }

    public async Task<Page<string>> ListManagedPoliciesAsync(string instance, string permissionSet, string? token, CancellationToken ct)
    {
        var result = await Admin("ListManagedPoliciesInPermissionSet",
            new JsonObject { ["InstanceArn"] = instance, ["PermissionSetArn"] = permissionSet, ["MaxResults"] = PageSize, ["NextToken"] = token }, ct);
        return new(Items(result, "AttachedManagedPolicies", p => Text(p, "Arn")).Where(a => a.Length > 0).ToList(), Text(result, "NextToken", null));
    }

    /// <summary>The inline policy document, or null when the permission set has none.</summary>
    public async Task<string?> GetInlinePolicyAsync(string instance, string permissionSet, CancellationToken ct)
    {
        var result = await Admin("GetInlinePolicyForPermissionSet", new JsonObject { ["InstanceArn"] = instance, ["PermissionSetArn"] = permissionSet }, ct);
        return Text(result, "InlinePolicy", null) is { Length: > 0 } document ? document : null;
    }

    public async Task<Page<string>> ListAccountsForProvisionedPermissionSetAsync(string instance, string permissionSet, string? token, CancellationToken ct)
    {
        var result = await Admin("ListAccountsForProvisionedPermissionSet",
            new JsonObject { ["InstanceArn"] = instance, ["PermissionSetArn"] = permissionSet, ["MaxResults"] = PageSize, ["NextToken"] = token }, ct);
        return new(Strings(result, "AccountIds"), Text(result, "NextToken", null));
    }

    public async Task<Page<(string PrincipalType, string PrincipalId)>> ListAccountAssignmentsAsync(string instance, string account, string permissionSet,
        string? token, CancellationToken ct)
    {
        var result = await Admin("ListAccountAssignments", new JsonObject
        {
            ["InstanceArn"] = instance, ["AccountId"] = account, ["PermissionSetArn"] = permissionSet, ["MaxResults"] = PageSize, ["NextToken"] = token,
        }, ct);
        return new(Items(result, "AccountAssignments", a => (Text(a, "PrincipalType"), Text(a, "PrincipalId"))).Where(a => a.Item2.Length > 0).ToList(),
            Text(result, "NextToken", null));
    }

    public async Task<Page<JsonNode>> ListUsersAsync(string store, string? token, CancellationToken ct)
    {
        var result = await Store("ListUsers", new JsonObject { ["IdentityStoreId"] = store, ["MaxResults"] = PageSize, ["NextToken"] = token }, ct);
        return new(Items(result, "Users", u => u), Text(result, "NextToken", null));
    }

    public async Task<Page<(string Id, string? Name)>> ListGroupsAsync(string store, string? token, CancellationToken ct)
    {
        var result = await Store("ListGroups", new JsonObject { ["IdentityStoreId"] = store, ["MaxResults"] = PageSize, ["NextToken"] = token }, ct);
        return new(Items(result, "Groups", g => (Text(g, "GroupId"), Text(g, "DisplayName", null))).Where(g => g.Item1.Length > 0).ToList(), Text(result, "NextToken", null));
    }

    /// <summary>The user ids of a group's members.</summary>
    public async Task<Page<string>> ListGroupMembershipsAsync(string store, string group, string? token, CancellationToken ct)
    {
        var result = await Store("ListGroupMemberships", new JsonObject { ["IdentityStoreId"] = store, ["GroupId"] = group, ["MaxResults"] = PageSize, ["NextToken"] = token }, ct);
        return new(Items(result, "GroupMemberships", m => m["MemberId"] is { } member ? Text(member, "UserId") : string.Empty).Where(u => u.Length > 0).ToList(),
            Text(result, "NextToken", null));
    }

    private Task<JsonNode> Admin(string operation, JsonObject input, CancellationToken ct) =>
        client.CallAsync(SsoAdmin, region, "sso", $"SWBExternalService.{operation}", input, ct);

    private Task<JsonNode> Store(string operation, JsonObject input, CancellationToken ct) =>
        client.CallAsync(IdentityStore, region, "identitystore", $"AWSIdentityStore.{operation}", input, ct);

    private static List<T> Items<T>(JsonNode result, string name, Func<JsonNode, T> map) =>
        result[name] is JsonArray array ? array.OfType<JsonNode>().Select(map).ToList() : [];

    private static List<string> Strings(JsonNode result, string name) =>
        result[name] is JsonArray array ? array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList() : [];

    public static string Text(JsonNode node, string name) => Text(node, name, null) ?? string.Empty;

    public static string? Text(JsonNode node, string name, string? fallback) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : fallback;
}
