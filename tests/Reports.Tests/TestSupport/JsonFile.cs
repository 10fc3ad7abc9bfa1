using System.Text;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Reports.Tests.TestSupport;

public static class JsonFile
{
    public static JsonNode Parse(byte[] utf8) => JsonNode.Parse(Encoding.UTF8.GetString(utf8))!;

    public static IReadOnlyList<string?> Strings(JsonNode? array) => array!.AsArray().Select(n => (string?)n).ToList();
}
