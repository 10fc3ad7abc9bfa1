using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>EFS DescribeFileSystems (REST, <c>GET /2015-02-01/file-systems</c>) per signing region, paged by Marker/NextMarker.</summary>
public static class EfsFake
{
    public static string OperationOf(string path) => path.TrimEnd('/') == "/2015-02-01/file-systems" ? "DescribeFileSystems" : "Unknown";

    public static (int Status, string Json) Handle(FakeAwsAccount account, string action, IReadOnlyDictionary<string, string> query, string region)
    {
        if (action != "DescribeFileSystems")
            return (404, LambdaFake.Error("Unknown operation"));
        var systems = account.FileSystems.Where(f => f.Region == region).ToList();
        var start = query.TryGetValue("Marker", out var marker) ? int.Parse(marker[1..], CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(account.PageSize, query.TryGetValue("MaxItems", out var max) ? int.Parse(max, CultureInfo.InvariantCulture) : 100);
        var response = new JsonObject
        {
            ["FileSystems"] = new JsonArray([.. systems.Skip(start).Take(size).Select(f =>
            {
                var item = new JsonObject
                {
                    ["FileSystemId"] = f.Id,
                    ["FileSystemArn"] = $"arn:aws:elasticfilesystem:{region}:{account.AccountId}:file-system/{f.Id}",
                    ["LifeCycleState"] = "available",
                };
                if (f.NameTag is not null)
                    item["Name"] = f.NameTag;
                return (JsonNode)item;
            })]),
        };
        if (start + size < systems.Count)
            response["NextMarker"] = $"m{start + size}";
        return (200, response.ToJsonString());
    }
}
