using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests.Hardening;

/// <summary>
/// Mutated snapshots and rules.json (truncation, nulls, type swaps, deep nesting, huge numbers, invalid UTF-8) through
/// <c>validate</c> and <c>scan</c>: every run ends with exit 0–3, never 4, never a crash. Fixed seed, bounded count.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const int Seed = 13_2026;
    private const int CasesPerKind = 6;
    private static readonly string[] Kinds = ["truncate", "null", "swap", "nest", "huge", "utf8"];
    private readonly TempDir _dir = new();

    private static readonly string BaseConfig = """
        {
          "severity": { "default": "warning" },
          "parameters": { "allowedCountries": ["JP"], "breakGlassAccounts": ["breakglass1@sample.onmicrosoft.com"] },
          "rules": { "ENT-MFA-01": { "severity": "error", "parameters": { "graceDays": 14 } } },
          "waivers": [ { "rule": "ENT-MFA-01", "resource": "kiosk01@sample.onmicrosoft.com", "scope": "4f6e8d2a-7c1b-4e5f-9a3d-2b8c6e1f0a57",
                         "justification": "j", "owner": "o", "approver": "a", "approved": "2026-06-01", "expires": "2027-01-31" } ],
          "output": { "sarifPassLimit": 100, "waiverWarningDays": 14, "maxWaiverDays": 365, "language": "ja" },
          "customRules": [ { "id": "ORG-ENT-01", "title": "t", "factType": "EntraUser", "requiredData": ["entra.users"],
                             "scope": "AccountEnabled == true && UserType == \"Member\"", "condition": "AssignedLicenseCount == 0" } ]
        }
        """;

    [Fact]
    public async Task Mutated_snapshots_and_rules_json_always_end_with_exit_0_to_3()
    {
        var random = new Random(Seed);
        var sample = File.ReadAllBytes(CliRun.Sample);
        var config = Encoding.UTF8.GetBytes(BaseConfig);
        var watch = Stopwatch.StartNew();
        var runs = 0;
        foreach (var kind in Kinds)
        {
            for (var i = 0; i < CasesPerKind; i++)
            {
                var snapshot = _dir.File($"{kind}-{i}.snapshot.json");
                File.WriteAllBytes(snapshot, Mutate(sample, kind, random));
                var rules = _dir.File($"{kind}-{i}.rules.json");
                File.WriteAllBytes(rules, Mutate(config, kind, random));

                foreach (var args in new[]
                {
                    new[] { "validate", "--config", rules },
                    ["scan", "--snapshot", snapshot, "--config", CliRun.RulesJson, "--out", _dir.File($"out-s-{kind}-{i}"), "--no-history"],
                    ["scan", "--snapshot", CliRun.Sample, "--config", rules, "--out", _dir.File($"out-c-{kind}-{i}"), "--no-history"],
                })
                {
                    var run = await CliRun.Of(args);
                    runs++;
                    run.ExitCode.ShouldBeInRange(0, 3, $"{string.Join(' ', args)} ({kind} #{i}):\n{run.Stderr}");
                    run.Stderr.ShouldNotContain("internal error");
                }
            }
        }
        runs.ShouldBe(Kinds.Length * CasesPerKind * 3);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(1));
    }

    private static byte[] Mutate(byte[] json, string kind, Random random)
    {
        switch (kind)
        {
            case "truncate":
                return json[..random.Next(1, json.Length - 1)];
            case "utf8":
            {
                var bad = new[] { new byte[] { 0xFF }, [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xE3, 0x81], [0xF8, 0x88, 0x80, 0x80, 0x80] }[random.Next(5)];
                var quote = NthIndex(json, (byte)'"', random);
                return [.. json[..(quote + 1)], .. bad, .. json[(quote + 1)..]];
            }
        }
        var root = JsonNode.Parse(json)!;
        var nodes = new List<(JsonNode Parent, object Key)>();
        Collect(root, nodes);
        var (parent, key) = nodes[random.Next(nodes.Count)];
        var current = Get(parent, key);
        JsonNode? replacement = kind switch
        {
            "null" => null,
            "swap" => current switch
            {
                JsonValue v when v.TryGetValue<string>(out _) => random.Next(2) == 0 ? JsonValue.Create(42) : new JsonArray("x"),
                JsonValue v when v.TryGetValue<bool>(out _) => JsonValue.Create("true"),
                JsonValue => JsonValue.Create("not a number"),
                JsonArray => new JsonObject { ["a"] = 1 },
                JsonObject => new JsonArray(1, 2),
                _ => JsonValue.Create(false),
            },
            _ => JsonValue.Create(kind == "nest" ? "\u0001NEST\u0001" : "\u0001HUGE\u0001"),
        };
        Set(parent, key, replacement);
        var text = root.ToJsonString();
        text = text.Replace("\"\\u0001NEST\\u0001\"", new string('[', 5000) + new string(']', 5000), StringComparison.Ordinal)
                   .Replace("\"\\u0001HUGE\\u0001\"", new[] { "1e400", "-1e400", "99999999999999999999999999999999", "2147483648", "1.7976931348623157e309" }[random.Next(5)], StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    private static int NthIndex(byte[] json, byte value, Random random)
    {
        var positions = json.Select((b, i) => (b, i)).Where(x => x.b == value).Select(x => x.i).ToList();
        return positions[random.Next(positions.Count)];
    }

    private static void Collect(JsonNode node, List<(JsonNode, object)> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    into.Add((o, name));
                    if (child is not null)
                        Collect(child, into);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    into.Add((a, i));
                    if (a[i] is { } child)
                        Collect(child, into);
                }
                break;
        }
    }

    private static JsonNode? Get(JsonNode parent, object key) => key is string name ? parent[name] : parent[(int)key];

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (key is string name)
            parent[name] = value;
        else
            parent[(int)key] = value;
    }

    public void Dispose() => _dir.Dispose();
}
