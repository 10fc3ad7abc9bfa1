using System.Text.Json;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Configuration.Internal;

/// <summary>Reads <c>waivers</c>: each needs a known rule, a resource, a justification, an owner, an approver and an expiry date.</summary>
internal sealed class WaiverReader(ConfigReader reader)
{
    private static readonly string[] Required = ["rule", "resource", "justification", "owner", "approver", "expires"];
    private static readonly string[] Known = [.. Required, "approved", "scope"];

    public IReadOnlyList<Waiver> Read(JsonElement element, string path, IReadOnlyDictionary<string, RuleDescriptor> rules)
    {
        var waivers = new List<Waiver>();
        if (!reader.Expect(element, JsonValueKind.Array, path, "an array of waivers"))
            return waivers;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var at = JsonPaths.Index(path, index++);
            if (reader.Expect(item, JsonValueKind.Object, at, "a waiver object") && ReadOne(item, at, rules) is { } waiver)
                waivers.Add(waiver);
        }
        return waivers;
    }

    /// <summary>A waiver longer than <paramref name="maxDays"/> (from its approval, else from today) is refused: the
    /// longest exception an organisation accepts is a policy, and one forgotten for years is not an exception.</summary>
    public void CheckLengths(IReadOnlyList<Waiver> waivers, int maxDays, DateOnly today)
    {
        foreach (var waiver in waivers)
        {
            var from = waiver.Approved ?? today;
            if (waiver.Expires.DayNumber - from.DayNumber > maxDays)
                reader.Error(JsonPaths.Property(waiver.JsonPath, "expires"),
                    $"the waiver runs {waiver.Expires.DayNumber - from.DayNumber} days from {(waiver.Approved is null ? "today" : "its approval")} ({from:yyyy-MM-dd} to {waiver.Expires:yyyy-MM-dd}); the maximum is {maxDays} (output.maxWaiverDays)");
        }
    }

    private Waiver? ReadOne(JsonElement item, string path, IReadOnlyDictionary<string, RuleDescriptor> rules)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var property in item.EnumerateObject())
        {
            var at = JsonPaths.Property(path, property.Name);
            if (!Known.Contains(property.Name))
            {
                reader.Error(at, $"unknown property '{property.Name}'; a waiver has: {string.Join(", ", Known)}");
                ok = false;
            }
            else if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                reader.Error(at, $"expected a non-empty string, found {ConfigReader.Show(property.Value)}");
                ok = false;
            }
            else
                values[property.Name] = property.Value.GetString()!;
        }
        foreach (var name in Required.Where(n => !values.ContainsKey(n) && !item.TryGetProperty(n, out _)))
        {
            reader.Error(path, $"waiver has no '{name}'; every waiver needs {string.Join(", ", Required)}");
            ok = false;
        }
        if (values.TryGetValue("rule", out var rule) && !rules.ContainsKey(rule))
        {
            reader.Error(JsonPaths.Property(path, "rule"), $"unknown rule id '{rule}'");
            ok = false;
        }
        DateOnly expires = default, approved = default;
        if (values.TryGetValue("expires", out var expiresText) && !ConfigLoader.TryParseDate(expiresText, out expires))
        {
            reader.Error(JsonPaths.Property(path, "expires"), $"expected a date as yyyy-MM-dd, found \"{expiresText}\"");
            ok = false;
        }
        var hasApproved = values.TryGetValue("approved", out var approvedText);
        if (hasApproved && !ConfigLoader.TryParseDate(approvedText, out approved))
        {
            reader.Error(JsonPaths.Property(path, "approved"), $"expected a date as yyyy-MM-dd, found \"{approvedText}\"");
            ok = false;
        }
        if (ok && hasApproved && approved > expires)
        {
            reader.Error(JsonPaths.Property(path, "approved"), $"approved ({approvedText}) is after expires ({expiresText}): a waiver cannot be approved after it ends");
            ok = false;
        }
        if (!ok)
            return null;
        return new Waiver
        {
            RuleId = values["rule"],
            Resource = values["resource"],
            Justification = values["justification"],
            Owner = values["owner"],
            Approver = values["approver"],
            Expires = expires,
            Approved = hasApproved ? approved : null,
            Scope = values.GetValueOrDefault("scope"),
            JsonPath = path,
        };
    }
}
