using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>DynamoDB ListTables (JSON 1.0, <c>X-Amz-Target: DynamoDB_20120810.ListTables</c>) per signing region, paged by
/// <c>ExclusiveStartTableName</c> / <c>LastEvaluatedTableName</c> as DynamoDB does.</summary>
public static class DynamoDbFake
{
    public static (int Status, string Json) Handle(FakeAwsAccount account, string action, string body, string region)
    {
        if (action != "ListTables")
            return (400, Error("UnknownOperationException", $"Unknown operation {action}"));
        var request = string.IsNullOrEmpty(body) ? new JsonObject() : JsonNode.Parse(body)!.AsObject();
        var start = request["ExclusiveStartTableName"]?.GetValue<string>();
        var limit = Math.Min(account.PageSize, request["Limit"]?.GetValue<int>() ?? 100);
        var names = account.Tables.Where(t => t.Region == region).Select(t => t.Name).Order(StringComparer.Ordinal)
            .Where(n => start is null || string.CompareOrdinal(n, start) > 0).ToList();
        var page = names.Take(limit).ToList();
        var response = new JsonObject { ["TableNames"] = new JsonArray([.. page.Select(n => (JsonNode)n)]) };
        if (names.Count > limit)
            response["LastEvaluatedTableName"] = page[^1];
        return (200, response.ToJsonString());
    }

    public static string Error(string type, string message) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = $"com.amazonaws.dynamodb.v20120810#{type}", ["message"] = message });
}
