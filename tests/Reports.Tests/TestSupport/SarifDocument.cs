using System.Text;
using System.Text.Json.Nodes;
using ComplianceEngine.Engine.Evaluation;

namespace ComplianceEngine.Reports.Tests.TestSupport;

/// <summary>A written SARIF log, parsed, with the lookups the tests need.</summary>
public sealed class SarifDocument
{
    private SarifDocument(string text)
    {
        Text = text;
        Root = JsonNode.Parse(text)!;
    }

    public string Text { get; }
    public JsonNode Root { get; }
    public JsonNode Run => Root["runs"]![0]!;
    public JsonArray Rules => Run["tool"]!["driver"]!["rules"]!.AsArray();
    public JsonArray Results => Run["results"]!.AsArray();
    public JsonNode Invocation => Run["invocations"]![0]!;
    public JsonArray Notifications => Invocation["toolExecutionNotifications"]!.AsArray();

    public static SarifDocument Of(EvaluationResult result, RunInfo? run = null) =>
        new(Encoding.UTF8.GetString(Some.Render(s => SarifWriter.Write(result, run ?? Some.Run(), s))));

    /// <summary>The result of <paramref name="ruleId"/> whose logical location has this display name.</summary>
    public JsonNode ResultFor(string ruleId, string name) =>
        ResultsOf(ruleId).Single(r => (string?)r["locations"]![0]!["logicalLocations"]![0]!["name"] == name);

    public IReadOnlyList<JsonNode> ResultsOf(string ruleId) =>
        Results.Where(r => (string?)r!["ruleId"] == ruleId).Select(r => r!).ToList();

    public IReadOnlyList<JsonNode> NotificationsOf(string descriptorId) =>
        Notifications.Where(n => (string?)n!["descriptor"]!["id"] == descriptorId).Select(n => n!).ToList();
}
