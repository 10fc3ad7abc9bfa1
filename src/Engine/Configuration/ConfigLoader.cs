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
        var hash = Convert.ToHexStringLower(SHA256.HashData(utf8));
        // A BOM is accepted, as for snapshots (editors on Windows write one); the hash stays that of the file's bytes.
        if (utf8.AsSpan().StartsWith("\uFEFF"u8))
            utf8 = utf8[3..];
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
            throw InvalidUtf8(utf8, displayName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                AllowDuplicateProperties = false,
                MaxDepth = 64,
            });
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
                Sha256 = hash,
            };
            if (reader.Errors.Count > 0)
                throw new InputException(reader.Errors);
            return config;
        }
    }

    private static InputException InvalidUtf8(byte[] utf8, string displayName)
    {
        var offset = 0;
        while (offset < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8.AsSpan(offset), out _, out var consumed) == System.Buffers.OperationStatus.Done)
            offset += consumed;
        var line = 1 + utf8.AsSpan(0, offset).Count((byte)'\n');
        return new InputException(displayName, null, line, $"not valid UTF-8 at byte {offset}: save the file as UTF-8");
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
