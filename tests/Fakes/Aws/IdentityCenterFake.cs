using System.Text.Json.Nodes;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>
/// IAM Identity Center over JSON 1.1: sso-admin (<c>SWBExternalService.*</c>, signing name <c>sso</c>) and identitystore
/// (<c>AWSIdentityStore.*</c>), NextToken-paged, as the API reference shows them. An account without an instance lists
/// none; a call in another region than the instance's finds nothing.
/// </summary>
internal static class IdentityCenterFake
{
    public static (int Status, string Json) Handle(FakeAwsAccount account, string service, string operation, string body, string region)
    {
        var input = JsonNode.Parse(body.Length == 0 ? "{}" : body) ?? new JsonObject();
        var center = account.IdentityCenter is { } c && c.Region == region ? c : null;
        if (center is null)
            return operation == "ListInstances" ? (200, new JsonObject { ["Instances"] = new JsonArray() }.ToJsonString()) : Error(400, "ResourceNotFoundException", "No such instance.");
        if (service == "sso" && Text(input, "InstanceArn") is { } arn && arn != center.InstanceArn && operation != "ListInstances")
            return Error(400, "ValidationException", "Unknown instance.");
        if (service == "identitystore" && Text(input, "IdentityStoreId") != center.IdentityStoreId)
            return Error(400, "ResourceNotFoundException", "Unknown identity store.");
        var set = center.PermissionSets.FirstOrDefault(p => center.PermissionSetArn(p.Name) == Text(input, "PermissionSetArn"));
        return operation switch
        {
            "ListInstances" => Page(center, input, [center], "Instances", _ => new JsonObject
            {
                ["InstanceArn"] = center.InstanceArn, ["IdentityStoreId"] = center.IdentityStoreId, ["OwnerAccountId"] = account.AccountId, ["Status"] = "ACTIVE",
            }),
            "ListPermissionSets" => Page(center, input, center.PermissionSets, "PermissionSets", p => JsonValue.Create(center.PermissionSetArn(p.Name))),
            "DescribePermissionSet" => set is null ? NotFound() : (200, new JsonObject
            {
                ["PermissionSet"] = new JsonObject { ["Name"] = set.Name, ["PermissionSetArn"] = center.PermissionSetArn(set.Name), ["SessionDuration"] = "PT8H" },
            }.ToJsonString()),
            "ListManagedPoliciesInPermissionSet" => set is null ? NotFound() : Page(center, input, set.ManagedPolicies, "AttachedManagedPolicies",
                a => new JsonObject { ["Arn"] = a, ["Name"] = a[(a.LastIndexOf('/') + 1)..] }),
            "GetInlinePolicyForPermissionSet" => set is null ? NotFound() : (200, new JsonObject { ["InlinePolicy"] = set.InlinePolicy ?? string.Empty }.ToJsonString()),
            "ListAccountsForProvisionedPermissionSet" => set is null ? NotFound() : Page(center, input,
                center.Assignments.Where(a => a.PermissionSet == set.Name).Select(a => a.Account).Distinct().ToList(), "AccountIds", a => JsonValue.Create(a)),
            "ListAccountAssignments" => set is null ? NotFound() : Page(center, input,
                center.Assignments.Where(a => a.PermissionSet == set.Name && a.Account == Text(input, "AccountId")).ToList(), "AccountAssignments", a => new JsonObject
                {
                    ["AccountId"] = a.Account, ["PermissionSetArn"] = center.PermissionSetArn(set.Name), ["PrincipalType"] = a.PrincipalType, ["PrincipalId"] = a.PrincipalId,
                }),
            "ListUsers" => Page(center, input, center.Users, "Users", u => new JsonObject
            {
                ["IdentityStoreId"] = center.IdentityStoreId, ["UserId"] = u.UserId, ["UserName"] = u.UserName, ["DisplayName"] = u.DisplayName,
                ["ExternalIds"] = u.ExternalId is null ? null : new JsonArray(new JsonObject { ["Issuer"] = "https://scim.aws.com/" + center.IdentityStoreId, ["Id"] = u.ExternalId }),
                ["Emails"] = new JsonArray([.. u.Emails.Select((e, i) => new JsonObject { ["Value"] = e, ["Type"] = "work", ["Primary"] = i == 0 })]),
            }),
            "ListGroups" => Page(center, input, center.Groups, "Groups", g => new JsonObject
            {
                ["IdentityStoreId"] = center.IdentityStoreId, ["GroupId"] = g.GroupId, ["DisplayName"] = g.DisplayName,
            }),
            "ListGroupMemberships" => center.Groups.FirstOrDefault(g => g.GroupId == Text(input, "GroupId")) is { } group
                ? Page(center, input, group.Members, "GroupMemberships", m => new JsonObject
                {
                    ["IdentityStoreId"] = center.IdentityStoreId, ["MembershipId"] = $"m-{group.GroupId}-{m}", ["GroupId"] = group.GroupId,
                    ["MemberId"] = new JsonObject { ["UserId"] = m },
                })
                : Error(400, "ResourceNotFoundException", "Unknown group."),
            _ => Error(400, "UnknownOperationException", $"Unknown operation {operation}"),
        };
    }

    /// <summary>The item a call is about, for faults on one target: the permission set, else the group.</summary>
    public static string? TargetOf(string body)
    {
        try
        {
            var input = JsonNode.Parse(body.Length == 0 ? "{}" : body);
            return input is null ? null : Text(input, "PermissionSetArn") ?? Text(input, "GroupId");
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static string Error(string type, string message) => new JsonObject { ["__type"] = type, ["message"] = message }.ToJsonString();

    private static (int, string) NotFound() => Error(400, "ResourceNotFoundException", "No such permission set.");

    private static (int, string) Page<T>(FakeIdentityCenter center, JsonNode input, IReadOnlyList<T> items, string list, Func<T, JsonNode?> map)
    {
        var start = Text(input, "NextToken") is { } token ? int.Parse(token[1..], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(center.PageSize, input["MaxResults"]?.GetValue<int>() ?? 100);
        var result = new JsonObject { [list] = new JsonArray([.. items.Skip(start).Take(size).Select(map)]) };
        if (start + size < items.Count)
            result["NextToken"] = $"t{start + size}";
        return (200, result.ToJsonString());
    }

    private static string? Text(JsonNode input, string name) => input[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static (int, string) Error(int status, string type, string message) => (status, Error(type, message));
}
