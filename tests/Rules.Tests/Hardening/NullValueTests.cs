using System.Text;
using System.Text.Json.Nodes;
using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.Tests.Hardening;

/// <summary>#13.8: an explicit null anywhere in a snapshot is either a value the model allows, or bad input naming the
/// file and the JSON path; never a NullReferenceException in a rule.</summary>
public sealed class NullValueTests
{
    private static readonly JsonNode Sample = JsonNode.Parse(File.ReadAllText(Repository.PathOf("samples", "sample-tenant-partial.snapshot.json")))!;

    // Every distinct shape of place in the sample (indices folded to [0]): each object property and each first list item.
    public static TheoryData<string> Places()
    {
        var places = new TheoryData<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Walk(Sample, "$");
        return places;

        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, child) in o)
                    {
                        var at = $"{path}.{name}";
                        if (seen.Add(Fold(at)))
                            places.Add(at);
                        Walk(child, at);
                    }
                    break;
                case JsonArray { Count: > 0 } a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        var at = $"{path}[{i}]";
                        if (seen.Add(Fold(at)))
                            places.Add(at);
                        Walk(a[i], at);
                    }
                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void A_null_is_accepted_or_named_as_bad_input_never_a_crash(string place)
    {
        var json = WithNullAt(place);

        FactSnapshot snapshot;
        try
        {
            snapshot = SnapshotSerializer.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "nulled.snapshot.json");
        }
        catch (InputException e)
        {
            e.File.ShouldBe("nulled.snapshot.json");
            e.Message.ShouldNotBeNullOrWhiteSpace();
            return;
        }
        // Accepted: then every rule copes with it.
        Should.NotThrow(() => new Evaluator(ComplianceConfig.Default).Evaluate(snapshot, BuiltInRules.Create()).Count(Outcome.Fail));
    }

    [Theory]
    [InlineData("$.facts", "$.facts")]
    [InlineData("$.sources[0]", "$.sources")]
    [InlineData("$.facts.entraUsers[0]", "$.facts.entraUsers")]
    [InlineData("$.facts.entraUsers[0].userPrincipalName", "$.facts.entraUsers[0].userPrincipalName")]
    [InlineData("$.facts.entraUsers[0].roles[0]", "$.facts.entraUsers[0].roles")]
    [InlineData("$.facts.entraTenants[0].tenantId", "$.facts.entraTenants[0].tenantId")]
    public void The_reported_path_names_where_the_null_is(string place, string reported)
    {
        var error = Should.Throw<InputException>(() =>
            SnapshotSerializer.Read(new MemoryStream(Encoding.UTF8.GetBytes(WithNullAt(place))), "nulled.snapshot.json"));

        error.JsonPath.ShouldNotBeNull();
        error.JsonPath.ShouldStartWith(reported);
    }

    private static string Fold(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[0]");

    private static string WithNullAt(string place)
    {
        var copy = Sample.DeepClone();
        var (parent, last) = Locate(copy, place);
        if (last.StartsWith('['))
            parent.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = null;
        else
            parent.AsObject()[last] = null;
        return copy.ToJsonString();
    }

    private static (JsonNode Parent, string Last) Locate(JsonNode root, string place)
    {
        var parts = System.Text.RegularExpressions.Regex.Matches(place[1..], @"\.([^.\[]+)|(\[\d+\])").Select(m => m.Value.TrimStart('.')).ToList();
        var node = root;
        foreach (var part in parts[..^1])
            node = part.StartsWith('[') ? node[int.Parse(part[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
        return (node, parts[^1]);
    }
}
