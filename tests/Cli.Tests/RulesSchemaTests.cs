using System.Text.Json.Nodes;
using Json.Schema;

namespace ComplianceEngine.Cli.Tests;

public sealed class RulesSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Repository.PathOf("rules.schema.json"));

    private static EvaluationResults Evaluate(string json) =>
        Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void The_shipped_rules_json_is_valid_against_the_published_schema()
    {
        Evaluate(File.ReadAllText(CliRun.RulesJson)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void The_schema_rejects_a_waiver_without_expiry_and_an_unknown_severity()
    {
        Evaluate("""{ "waivers": [ { "rule": "ENT-MFA-01", "resource": "x", "justification": "j", "owner": "o", "approver": "a" } ] }""").IsValid.ShouldBeFalse();
        Evaluate("""{ "rules": { "ENT-MFA-01": { "severity": "critical" } } }""").IsValid.ShouldBeFalse();
    }

    [Fact]
    public void The_schema_accepts_a_custom_rule_only_with_known_required_data()
    {
        string Rule(string requiredData) =>
            $$"""{ "customRules": [ { "id": "ORG-ENT-01", "title": "t", "factType": "EntraUser", "condition": "AssignedLicenseCount == 0"{{requiredData}} } ] }""";

        Evaluate(Rule(""", "requiredData": ["entra.users"]""")).IsValid.ShouldBeTrue();
        Evaluate(Rule("")).IsValid.ShouldBeFalse();
        Evaluate(Rule(""", "requiredData": []""")).IsValid.ShouldBeFalse();
        Evaluate(Rule(""", "requiredData": ["entra.user"]""")).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void The_schema_lists_every_known_dataset()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Repository.PathOf("rules.schema.json")))!;
        var names = schema["properties"]!["customRules"]!["items"]!["properties"]!["requiredData"]!["items"]!["enum"]!.AsArray();

        names.Select(n => (string?)n).ShouldBe(Engine.Snapshot.Datasets.All);
    }
}
