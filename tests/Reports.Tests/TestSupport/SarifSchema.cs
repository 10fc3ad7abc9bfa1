using System.Text.Json.Nodes;
using Json.Schema;

namespace ComplianceEngine.Reports.Tests.TestSupport;

/// <summary>
/// The OASIS SARIF 2.1.0 schema (TestData, a copy of ../shared/reference) as a validator. The schema is
/// draft-04, which JsonSchema.Net 7.4.0 does not implement (it knows draft-06 onwards). Draft-06 differs from
/// draft-04 in: <c>id</c> renamed <c>$id</c>; boolean <c>exclusiveMinimum/Maximum</c> became numbers; new
/// keywords (const, contains, propertyNames, examples) and boolean schemas. So we rename the root <c>id</c>,
/// declare draft-06, and refuse to run if the schema uses any keyword whose meaning changed or that draft-04
/// did not have — then draft-06 evaluation gives the same verdict draft-04 would. Formats are asserted.
/// </summary>
public static class SarifSchema
{
    private static readonly string[] ChangedKeywords = ["exclusiveMinimum", "exclusiveMaximum", "const", "contains", "propertyNames", "examples"];
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static EvaluationResults Validate(string sarif) =>
        Schema.Value.Evaluate(JsonNode.Parse(sarif), new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
            EvaluateAs = SpecVersion.Draft6,
        });

    public static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation} ({d.EvaluationPath}): {string.Join("; ", d.Errors!.Values)}"));

    private static JsonSchema Load()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "sarif-schema-2.1.0.json"));
        var root = JsonNode.Parse(text)!.AsObject();
        if ((string?)root["$schema"] != "http://json-schema.org/draft-04/schema#")
            throw new InvalidOperationException("Expected the draft-04 SARIF schema.");
        foreach (var keyword in ChangedKeywords)
        {
            if (UsesKeyword(root, keyword))
                throw new InvalidOperationException($"The schema uses '{keyword}', whose meaning differs between draft-04 and draft-06.");
        }
        var id = (string)root["id"]!;
        root.Remove("id");
        root["$id"] = id;
        root["$schema"] = "http://json-schema.org/draft-06/schema#";
        return JsonSchema.FromText(root.ToJsonString());
    }

    /// <summary>Whether any schema object uses <paramref name="keyword"/> as a keyword (names under <c>properties</c> are data, not keywords).</summary>
    private static bool UsesKeyword(JsonNode? node, string keyword) => node switch
    {
        JsonObject o => o.Any(p => p.Key == keyword
                                   || (p.Key is "properties" or "definitions" or "patternProperties"
                                       ? p.Value is JsonObject children && children.Any(c => UsesKeyword(c.Value, keyword))
                                       : UsesKeyword(p.Value, keyword))),
        JsonArray a => a.Any(item => UsesKeyword(item, keyword)),
        _ => false,
    };
}
