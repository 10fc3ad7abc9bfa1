using System.Text.Json.Nodes;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>
/// AWS Organizations (JSON 1.1, target prefix <c>AWSOrganizationsV20161128</c>): ListAccounts, ListAccountsForParent and
/// ListOrganizationalUnitsForParent, NextToken-paged. Only the management account may call it.
/// </summary>
internal static class OrganizationsFake
{
    public static (int Status, string Json) Handle(FakeOrganization? organization, string callerAccount, string operation, string body)
    {
        if (organization is null)
            return Error(400, "AWSOrganizationsNotInUseException", "Your account is not a member of an organization.");
        var input = JsonNode.Parse(body.Length == 0 ? "{}" : body) ?? new JsonObject();
        var parent = input["ParentId"]?.GetValue<string>();
        return operation switch
        {
            "ListAccounts" => Page(organization, input, organization.Members, "Accounts", m => Account(organization, m)),
            "ListAccountsForParent" => Page(organization, input, organization.Members.Where(m => m.Parent == parent).ToList(), "Accounts", m => Account(organization, m)),
            "ListOrganizationalUnitsForParent" => Page(organization, input, organization.OrganizationalUnits.GetValueOrDefault(parent ?? string.Empty) ?? [],
                "OrganizationalUnits", ou => new JsonObject { ["Id"] = ou, ["Name"] = ou, ["Arn"] = $"arn:aws:organizations::{callerAccount}:ou/{organization.Id}/{ou}" }),
            _ => Error(400, "InvalidInputException", $"Unknown operation {operation}"),
        };
    }

    private static JsonObject Account(FakeOrganization organization, FakeMember m) => new()
    {
        ["Id"] = m.Account.AccountId,
        ["Arn"] = $"arn:aws:organizations::{organization.Members[0].Account.AccountId}:account/{organization.Id}/{m.Account.AccountId}",
        ["Email"] = $"{m.Name}@example.com",
        ["Name"] = m.Name,
        ["State"] = m.State,
        ["Status"] = m.State is "CLOSED" ? "SUSPENDED" : m.State,
        ["JoinedMethod"] = "CREATED",
        ["JoinedTimestamp"] = 1.6e9,
    };

    private static (int, string) Page<T>(FakeOrganization organization, JsonNode input, IReadOnlyList<T> items, string list, Func<T, JsonObject> map)
    {
        var start = input["NextToken"]?.GetValue<string>() is { } token ? int.Parse(token[1..], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(organization.PageSize, input["MaxResults"]?.GetValue<int>() ?? 20);
        var result = new JsonObject { [list] = new JsonArray([.. items.Skip(start).Take(size).Select(map)]) };
        if (start + size < items.Count)
            result["NextToken"] = $"t{start + size}";
        return (200, result.ToJsonString());
    }

    private static (int, string) Error(int status, string type, string message) =>
        (status, new JsonObject { ["__type"] = type, ["message"] = message }.ToJsonString());
}
