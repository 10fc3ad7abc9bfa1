using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>Lambda ListFunctions (REST, <c>GET /2015-03-31/functions/</c>) per signing region, paged by Marker/NextMarker.</summary>
public static class LambdaFake
{
    public static string OperationOf(string path) => path.TrimEnd('/') == "/2015-03-31/functions" ? "ListFunctions" : "Unknown";

    public static (int Status, string Json) Handle(FakeAwsAccount account, string action, IReadOnlyDictionary<string, string> query, string region)
    {
        if (action != "ListFunctions")
            return (404, Error("Unknown operation"));
        var functions = account.Functions.Where(f => f.Region == region).ToList();
        var start = query.TryGetValue("Marker", out var marker) ? int.Parse(marker[1..], CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(account.PageSize, query.TryGetValue("MaxItems", out var max) ? int.Parse(max, CultureInfo.InvariantCulture) : 50);
        var response = new JsonObject
        {
            ["Functions"] = new JsonArray([.. functions.Skip(start).Take(size).Select(f => (JsonNode)new JsonObject
            {
                ["FunctionName"] = f.Name,
                ["FunctionArn"] = $"arn:aws:lambda:{region}:{account.AccountId}:function:{f.Name}",
                ["Runtime"] = "python3.12",
            })]),
        };
        if (start + size < functions.Count)
            response["NextMarker"] = $"m{start + size}";
        return (200, response.ToJsonString());
    }

    public static string Error(string message) => new JsonObject { ["Type"] = "User", ["Message"] = message }.ToJsonString();
}
