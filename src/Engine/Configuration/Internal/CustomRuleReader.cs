using System.Text.Json;
using System.Text.RegularExpressions;
using ComplianceEngine.Engine.CustomRules;
using ComplianceEngine.Engine.CustomRules.Internal;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Configuration.Internal;

/// <summary>
/// Reads <c>customRules</c>, parsing each scope and condition so that a typo is reported with its position, and checking
/// the datasets each rule declares it reads: they decide when a rule gives Error instead of Pass.
/// </summary>
internal sealed partial class CustomRuleReader(ConfigReader reader)
{
    private static readonly string[] Known = ["id", "title", "category", "severity", "factType", "scope", "condition", "message", "remediation", "description", "controls", "requiredData"];

    public List<CustomRuleDefinition> Read(JsonElement element, string path, IReadOnlySet<string> builtInIds)
    {
        var rules = new List<CustomRuleDefinition>();
        if (!reader.Expect(element, JsonValueKind.Array, path, "an array of custom rules"))
            return rules;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var at = JsonPaths.Index(path, index++);
            if (reader.Expect(item, JsonValueKind.Object, at, "a custom rule object") && ReadOne(item, at, builtInIds, rules) is { } rule)
                rules.Add(rule);
        }
        return rules;
    }

    private CustomRuleDefinition? ReadOne(JsonElement item, string path, IReadOnlySet<string> builtInIds, List<CustomRuleDefinition> earlier)
    {
        var errors = reader.Errors.Count;
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            var at = JsonPaths.Property(path, property.Name);
            if (!Known.Contains(property.Name))
                reader.Error(at, $"unknown property '{property.Name}'; a custom rule has: {string.Join(", ", Known)}");
            else if (property.Name is "controls" or "requiredData")
            {
                if (ReadStrings(property.Value, at) is { } list)
                    lists[property.Name] = list;
            }
            else if (property.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(property.Value.GetString()))
                text[property.Name] = property.Value.GetString()!;
            else
                reader.Error(at, $"expected a non-empty string, found {ConfigReader.Show(property.Value)}");
        }
        foreach (var required in new[] { "id", "title", "factType", "condition", "requiredData" }.Where(r => !text.ContainsKey(r) && !item.TryGetProperty(r, out _)))
            reader.Error(path, required == "requiredData"
                ? $"custom rule has no 'requiredData'; it needs the datasets its condition reads, so that a source that failed to provide them gives Error, not Pass{RequiredDataReader.Suggestion(text.GetValueOrDefault("factType"))}"
                : $"custom rule has no '{required}'; it needs id, title, factType, condition and requiredData");

        var id = text.GetValueOrDefault("id");
        if (id is not null && !IdPattern().IsMatch(id))
            reader.Error(JsonPaths.Property(path, "id"), $"'{id}' is not a rule id; expected letters-letters-two digits, e.g. ORG-ENT-01");
        else if (id is not null && (builtInIds.Contains(id) || earlier.Any(r => r.Descriptor.Id == id)))
            reader.Error(JsonPaths.Property(path, "id"), $"rule id '{id}' is already taken; ids are never reused");

        var category = text.GetValueOrDefault("category", Categories.AccessControl);
        if (!Categories.All.Contains(category))
            reader.Error(JsonPaths.Property(path, "category"), $"unknown category '{category}'; expected one of: {string.Join(", ", Categories.All)}");
        var severity = Severity.Warning;
        if (text.TryGetValue("severity", out var severityText) && !SeverityNames.TryParse(severityText, out severity))
            reader.Error(JsonPaths.Property(path, "severity"), $"expected one of \"error\", \"warning\", \"note\", \"none\", found \"{severityText}\"");

        Type? factType = null;
        if (text.TryGetValue("factType", out var typeName))
        {
            if (FactTypes.ByName.TryGetValue(typeName, out var known))
                factType = known.Type;
            else
                reader.Error(JsonPaths.Property(path, "factType"), $"unknown fact type '{typeName}'; expected one of: {string.Join(", ", FactTypes.ByName.Keys)}");
        }
        if (factType is not null)
        {
            CheckExpression(factType, id, text.GetValueOrDefault("scope"), JsonPaths.Property(path, "scope"));
            CheckExpression(factType, id, text.GetValueOrDefault("condition"), JsonPaths.Property(path, "condition"));
        }
        var requiredData = lists.TryGetValue("requiredData", out var needed)
            ? new RequiredDataReader(reader).Read(needed, factType is null ? null : typeName, JsonPaths.Property(path, "requiredData"))
            : [];
        var controls = lists.GetValueOrDefault("controls", []).Select((c, i) => ParseControl(c, JsonPaths.Index(JsonPaths.Property(path, "controls"), i))).OfType<ControlReference>().ToList();

        if (reader.Errors.Count > errors || factType is null)
            return null;
        var title = text["title"];
        return new CustomRuleDefinition
        {
            Descriptor = new RuleDescriptor
            {
                Id = id!,
                Title = title,
                MessageFormat = text.GetValueOrDefault("message", $"{{resource}}: {title}."),
                PassMessageFormat = $"{{resource}} does not match '{title}'.",
                Category = category,
                DefaultSeverity = severity,
                Description = text.GetValueOrDefault("description", $"Custom rule from rules.json: {text["condition"]}"),
                RemediationSummary = text.GetValueOrDefault("remediation", "See the organisation's procedure for this custom rule."),
                Controls = controls,
                RequiredData = requiredData,
                Since = "custom",
            },
            FactType = factType,
            ScopeText = text.GetValueOrDefault("scope"),
            ConditionText = text["condition"],
            RemediationText = text.GetValueOrDefault("remediation"),
        };
    }

    private void CheckExpression(Type factType, string? id, string? expression, string path)
    {
        if (expression is null)
            return;
        var (_, error, position) = ConditionParser.Parse(factType, expression, "fact");
        if (error is not null)
            reader.Error(path, $"custom rule {id ?? "(no id)"}: '{expression}' does not parse at position {position}: {error}");
    }

    private ControlReference? ParseControl(string text, string path)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && space < text.Length - 1)
            return new ControlReference(text[..space], text[(space + 1)..]);
        reader.Error(path, $"expected \"FRAMEWORK ID\" such as \"ISO27001:2022 A.5.18\", found \"{text}\"");
        return null;
    }

    private List<string>? ReadStrings(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array && element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            return element.EnumerateArray().Select(e => e.GetString()!).ToList();
        reader.Error(path, $"expected an array of strings, found {ConfigReader.Show(element)}");
        return null;
    }

    [GeneratedRegex("^[A-Z]+-[A-Z0-9]+-[0-9]{2}$")]
    private static partial Regex IdPattern();
}
