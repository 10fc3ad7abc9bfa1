using System.Text.Json;

namespace ComplianceEngine.Engine.Configuration.Internal;

/// <summary>Reads <c>"identityLinks": { "awsTagKeys": […], "mappingFile": …, "awsNamingConvention": … }</c> and the mapping file.</summary>
internal static class IdentityLinksReader
{
    private const string Expected = "'awsTagKeys', 'mappingFile' or 'awsNamingConvention'";

    public static IdentityLinkSettings Read(ConfigReader reader, JsonElement element, string path, string file)
    {
        var settings = IdentityLinkSettings.Default;
        if (!reader.Expect(element, JsonValueKind.Object, path, $"an object with {Expected}"))
            return settings;
        foreach (var property in element.EnumerateObject())
        {
            var at = JsonPaths.Property(path, property.Name);
            switch (property.Name)
            {
                case "awsTagKeys" when reader.Expect(property.Value, JsonValueKind.Array, at, "an array of IAM tag keys"):
                    var keys = new List<string>();
                    var i = 0;
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } key)
                            keys.Add(key);
                        else
                            reader.Error($"{at}[{i}]", "expected a non-empty IAM tag key");
                        i++;
                    }
                    settings = settings with { AwsTagKeys = keys };
                    break;
                case "mappingFile" when reader.Expect(property.Value, JsonValueKind.String, at, "a CSV file path") && property.Value.GetString() is { Length: > 0 } given:
                    var full = Path.GetFullPath(given, Path.GetDirectoryName(Path.GetFullPath(file))!);
                    settings = settings with { MappingFile = full, Mappings = ReadMappings(reader, full, at) };
                    break;
                case "awsNamingConvention" when reader.Expect(property.Value, JsonValueKind.String, at, "a template such as \"{alias}\" or \"adm-{alias}\""):
                    var template = property.Value.GetString()!;
                    if (CountTokens(template) != 1)
                        reader.Error(at, $"expected exactly one of {{upn}} or {{alias}} in the template, found \"{template}\"");
                    settings = settings with { AwsNamingConvention = template };
                    break;
                case "awsTagKeys" or "mappingFile" or "awsNamingConvention": break;
                default:
                    reader.Error(at, $"unknown property '{property.Name}'; expected {Expected}");
                    break;
            }
        }
        return settings;
    }

    private static int CountTokens(string template) =>
        Occurrences(template, "{upn}") + Occurrences(template, "{alias}");

    private static int Occurrences(string text, string token)
    {
        var count = 0;
        for (var at = text.IndexOf(token, StringComparison.Ordinal); at >= 0; at = text.IndexOf(token, at + token.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>
    /// <c>awsAccountId,iamUserName,entraUser</c> per line (account id empty for any account); a first line starting with
    /// <c>awsAccountId</c> is the header; blank lines and lines starting with # are skipped.
    /// </summary>
    private static List<IdentityMapping> ReadMappings(ConfigReader reader, string csv, string at)
    {
        var mappings = new List<IdentityMapping>();
        if (!File.Exists(csv))
        {
            reader.Error(at, $"the mapping file {csv} does not exist");
            return mappings;
        }
        var line = 0;
        foreach (var raw in File.ReadLines(csv))
        {
            line++;
            var text = raw.Trim().TrimStart('\uFEFF');
            if (text.Length == 0 || text.StartsWith('#') || (line == 1 && text.StartsWith("awsAccountId", StringComparison.OrdinalIgnoreCase)))
                continue;
            var fields = text.Split(',').Select(f => f.Trim()).ToArray();
            if (fields.Length != 3 || fields[1].Length == 0 || fields[2].Length == 0)
                reader.Errors.Add(new InputException(csv, null, line, "expected awsAccountId,iamUserName,entraUser (the account id may be empty)"));
            else if (fields[0].Length > 0 && (fields[0].Length != 12 || !fields[0].All(char.IsAsciiDigit)))
                reader.Errors.Add(new InputException(csv, null, line, "the AWS account id must be 12 digits"));
            else
                mappings.Add(new IdentityMapping(fields[0].Length == 0 ? null : fields[0], fields[1], fields[2], line));
        }
        return mappings;
    }
}
