using System.Text.Json;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Configuration.Internal;

/// <summary>Walks the rules.json DOM, collecting every problem rather than stopping at the first.</summary>
internal sealed class ConfigReader(string file, JsonLineMap lines, RuleCatalog catalog)
{
    private static readonly string[] TopLevel = ["$schema", "profile", "severity", "parameters", "rules", "customRules", "waivers", "output", "sources", "history", "identityLinks"];
    private readonly Dictionary<string, RuleDescriptor> _rules = catalog.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, ParameterDescriptor> _sharedParameters = SharedParametersOf(catalog.Rules);

    public List<InputException> Errors { get; } = [];

    public ComplianceConfig Read(JsonElement root)
    {
        if (!Expect(root, JsonValueKind.Object, "$", "an object"))
            return ComplianceConfig.Default;

        var config = ConfigLoader.Defaults(catalog);
        // Custom rules first: the rest of the file may set their severity or waive their findings.
        if (root.TryGetProperty("customRules", out var custom))
        {
            var rules = new CustomRuleReader(this).Read(custom, "$.customRules", _rules.Keys.ToHashSet(StringComparer.Ordinal));
            foreach (var rule in rules)
                _rules[rule.Descriptor.Id] = rule.Descriptor;
            config = config with { CustomRules = rules };
        }
        foreach (var property in root.EnumerateObject())
        {
            var path = JsonPaths.Property("$", property.Name);
            switch (property.Name)
            {
                case "$schema": Expect(property.Value, JsonValueKind.String, path, "a string (the schema's path or URL)"); break;
                case "customRules": break;
                case "profile": config = config with { Profile = ReadProfile(property.Value, path) }; break;
                case "severity": config = ReadSeverity(property.Value, path, config); break;
                case "parameters": config = config with { SharedParameterValues = ReadSharedParameters(property.Value, path) }; break;
                case "rules": config = ReadRules(property.Value, path, config); break;
                case "waivers": config = config with { Waivers = new WaiverReader(this).Read(property.Value, path, _rules) }; break;
                case "output": config = ReadOutput(property.Value, path, config); break;
                case "sources": config = config with { Sources = property.Value.Clone() }; break;
                case "identityLinks": config = config with { IdentityLinks = IdentityLinksReader.Read(this, property.Value, path, file) }; break;
                case "history": config = config with { History = HistorySettingsReader.Read(this, property.Value, path, file) }; break;
                default: Error(path, $"unknown property '{property.Name}'; expected one of: {string.Join(", ", TopLevel)}"); break;
            }
        }
        new WaiverReader(this).CheckLengths(config.Waivers, config.MaxWaiverDays, DateOnly.FromDateTime(DateTime.UtcNow));
        return config;
    }

    public void Error(string path, string problem) => Errors.Add(new InputException(file, path, lines.LineOf(path), problem));

    public bool Expect(JsonElement element, JsonValueKind kind, string path, string expected)
    {
        if (element.ValueKind == kind)
            return true;
        Error(path, $"expected {expected}, found {ConfigLoader.Describe(element.ValueKind)}");
        return false;
    }

    private RuleProfile? ReadProfile(JsonElement element, string path)
    {
        var name = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        var profile = catalog.Profiles.FirstOrDefault(p => p.Name == name);
        if (profile is null)
            Error(path, $"expected one of {string.Join(", ", catalog.Profiles.Select(p => $"\"{p.Name}\""))}, found {Show(element)}");
        return profile;
    }

    private ComplianceConfig ReadSeverity(JsonElement element, string path, ComplianceConfig config)
    {
        if (!Expect(element, JsonValueKind.Object, path, "an object with 'default' and 'categories'"))
            return config;
        foreach (var property in element.EnumerateObject())
        {
            var at = JsonPaths.Property(path, property.Name);
            if (property.Name == "default")
                config = config with { DefaultSeverity = ReadSeverityValue(property.Value, at) };
            else if (property.Name == "categories" && Expect(property.Value, JsonValueKind.Object, at, "an object of category → severity"))
            {
                var categories = new Dictionary<string, Severity>(StringComparer.Ordinal);
                foreach (var category in property.Value.EnumerateObject())
                {
                    var categoryPath = JsonPaths.Property(at, category.Name);
                    if (!Categories.All.Contains(category.Name))
                        Error(categoryPath, $"unknown category '{category.Name}'; expected one of: {string.Join(", ", Categories.All)}");
                    else if (ReadSeverityValue(category.Value, categoryPath) is { } s)
                        categories[category.Name] = s;
                }
                config = config with { CategorySeverities = categories };
            }
            else if (property.Name != "categories")
                Error(at, $"unknown property '{property.Name}'; expected 'default' or 'categories'");
        }
        return config;
    }

    private Severity? ReadSeverityValue(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String && SeverityNames.TryParse(element.GetString(), out var severity))
            return severity;
        Error(path, $"expected one of \"error\", \"warning\", \"note\", \"none\", found {Show(element)}");
        return null;
    }

    private Dictionary<string, object> ReadSharedParameters(JsonElement element, string path)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        if (!Expect(element, JsonValueKind.Object, path, "an object of parameter name → value"))
            return values;
        foreach (var property in element.EnumerateObject())
        {
            var at = JsonPaths.Property(path, property.Name);
            if (!_sharedParameters.TryGetValue(property.Name, out var descriptor))
                Error(at, $"unknown parameter '{property.Name}'; expected one of: {string.Join(", ", _sharedParameters.Keys.Order(StringComparer.Ordinal))}");
            else if (ParameterValue.Read(this, property.Value, at, descriptor) is { } value)
                values[property.Name] = value;
        }
        return values;
    }

    private ComplianceConfig ReadRules(JsonElement element, string path, ComplianceConfig config)
    {
        if (!Expect(element, JsonValueKind.Object, path, "an object of rule id → settings"))
            return config;
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, IReadOnlyDictionary<string, object>>(StringComparer.Ordinal);
        foreach (var rule in element.EnumerateObject())
        {
            var at = JsonPaths.Property(path, rule.Name);
            if (!_rules.TryGetValue(rule.Name, out var descriptor))
            {
                Error(at, $"unknown rule id '{rule.Name}'; run 'compliance rules' for the list");
                continue;
            }
            if (!Expect(rule.Value, JsonValueKind.Object, at, "an object with 'severity' and/or 'parameters'"))
                continue;
            foreach (var setting in rule.Value.EnumerateObject())
            {
                var settingPath = JsonPaths.Property(at, setting.Name);
                if (setting.Name == "severity")
                {
                    if (ReadSeverityValue(setting.Value, settingPath) is { } s)
                        severities[rule.Name] = s;
                }
                else if (setting.Name == "parameters")
                    parameters[rule.Name] = ReadRuleParameters(setting.Value, settingPath, descriptor);
                else
                    Error(settingPath, $"unknown property '{setting.Name}'; expected 'severity' or 'parameters'");
            }
        }
        return config with { RuleSeverities = severities, RuleParameterValues = parameters };
    }

    private Dictionary<string, object> ReadRuleParameters(JsonElement element, string path, RuleDescriptor rule)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        if (!Expect(element, JsonValueKind.Object, path, "an object of parameter name → value"))
            return values;
        foreach (var property in element.EnumerateObject())
        {
            var at = JsonPaths.Property(path, property.Name);
            var descriptor = rule.Parameters.FirstOrDefault(p => p.Name == property.Name);
            if (descriptor is null)
            {
                var known = rule.Parameters.Count == 0 ? "it takes none" : $"expected one of: {string.Join(", ", rule.Parameters.Select(p => p.Name))}";
                Error(at, $"rule {rule.Id} has no parameter '{property.Name}'; {known}");
            }
            else if (ParameterValue.Read(this, property.Value, at, descriptor) is { } value)
                values[property.Name] = value;
        }
        return values;
    }

    private ComplianceConfig ReadOutput(JsonElement element, string path, ComplianceConfig config)
    {
        if (!Expect(element, JsonValueKind.Object, path, "an object"))
            return config;
        foreach (var property in element.EnumerateObject())
        {
            var at = JsonPaths.Property(path, property.Name);
            switch (property.Name)
            {
                case "sarifPassLimit" when ParameterValue.ReadInt(this, property.Value, at, 0, int.MaxValue) is { } limit:
                    config = config with { SarifPassLimit = limit }; break;
                case "waiverWarningDays" when ParameterValue.ReadInt(this, property.Value, at, 0) is { } days:
                    config = config with { WaiverWarningDays = days }; break;
                case "maxWaiverDays" when ParameterValue.ReadInt(this, property.Value, at, 1) is { } max:
                    config = config with { MaxWaiverDays = max }; break;
                case "sarifPassLimit" or "waiverWarningDays" or "maxWaiverDays": break;
                case "language" when property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is "en" or "ja":
                    config = config with { Language = property.Value.GetString()! }; break;
                case "language": Error(at, $"expected \"en\" or \"ja\", found {Show(property.Value)}"); break;
                case "signingKeyPath" when property.Value.ValueKind == JsonValueKind.String && property.Value.GetString()!.Length > 0:
                    config = config with { SigningKeyPath = ResolvePath(property.Value.GetString()!) }; break;
                case "signingKeyPath": Error(at, $"expected the path of a PEM file, found {Show(property.Value)}"); break;
                case "helpBaseUrl" when HelpBase(property.Value) is { } helpBase:
                    config = config with { HelpBaseUrl = helpBase }; break;
                case "helpBaseUrl": Error(at, $"expected an absolute http(s) URL under which docs/rules/<ID>.md is published, found {Show(property.Value)}"); break;
                case "timeZone" when property.Value.ValueKind == JsonValueKind.String && TimeZoneInfo.TryFindSystemTimeZoneById(property.Value.GetString()!, out _):
                    config = config with { TimeZone = property.Value.GetString()! }; break;
                case "timeZone": Error(at, $"expected an IANA time zone such as \"Asia/Tokyo\", found {Show(property.Value)}"); break;
                default: Error(at, $"unknown property '{property.Name}'; expected 'sarifPassLimit', 'waiverWarningDays', 'maxWaiverDays', 'language', 'signingKeyPath', 'helpBaseUrl' or 'timeZone'"); break;
            }
        }
        return config;
    }

    /// <summary>An absolute http(s) URL, ending in '/' so that docs/rules/&lt;ID&gt;.md resolves under it rather than beside it.</summary>
    public static Uri? HelpBase(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? ComplianceConfig.ParseHelpBaseUrl(element.GetString()) : null;

    /// <summary>A path in rules.json is relative to the file's folder, so the config works from any directory.</summary>
    private string ResolvePath(string path) =>
        System.IO.Path.GetFullPath(path, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file)) ?? ".");

    public static string Show(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? $"\"{element.GetString()}\"" : ConfigLoader.Describe(element.ValueKind);

    private static Dictionary<string, ParameterDescriptor> SharedParametersOf(IReadOnlyList<RuleDescriptor> rules)
    {
        var shared = SharedParameters.All.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var p in rules.SelectMany(r => r.Parameters))
            shared.TryAdd(p.Name, p);
        return shared;
    }
}
