using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ComplianceEngine.Engine.Configuration.Internal;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Configuration;

/// <summary>
/// Reads and validates rules.json against the known rules. Every problem is reported with the file, the JSON
/// path, the line and what was expected; any problem stops the run (exit code 3).
/// </summary>
public static class ConfigLoader
{
    public static ComplianceConfig Load(string path, RuleCatalog catalog)
    {
        if (!File.Exists(path))
            throw new InputException(path, null, null, "the configuration file does not exist");
        return Parse(File.ReadAllBytes(path), path, catalog);
    }

    public static ComplianceConfig Parse(byte[] utf8, string displayName, IReadOnlyList<RuleDescriptor> knownRules) =>
        Parse(utf8, displayName, new RuleCatalog(knownRules, []));

    /// <summary>The configuration when there is no rules.json: the catalogue's default profile, if any.</summary>
    public static ComplianceConfig Defaults(RuleCatalog catalog) =>
        ComplianceConfig.Default with { Profile = catalog.Profiles.FirstOrDefault(p => p.Name == catalog.DefaultProfile) };

    public static ComplianceConfig Parse(byte[] utf8, string displayName, RuleCatalog catalog)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var problem = e.Message;
            var cut = problem.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw new InputException(displayName, "$", (e.LineNumber ?? 0) + 1, $"not valid JSON: {(cut > 0 ? problem[..cut].TrimEnd('.', ' ', '|') : problem)}");
        }

        using (document)
        {
            var reader = new ConfigReader(displayName, JsonLineMap.Build(utf8), catalog);
            var config = reader.Read(document.RootElement) with
            {
                Path = displayName,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(utf8)),
            };
            if (reader.Errors.Count > 0)
                throw new InputException(reader.Errors);
            return config;
        }
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };

    internal static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
