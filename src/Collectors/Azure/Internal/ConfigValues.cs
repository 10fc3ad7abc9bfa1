using System.Text.Json;
using ComplianceEngine.Engine;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>Typed reads of one source object's properties; each failure names the property's JSON path.</summary>
internal sealed class ConfigValues(string file, string path)
{
    public string Text(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } text
            ? text
            : throw Problem(property, "expected a non-empty string");

    public string Guid(JsonProperty property) => Guid(property.Value, $"{path}.{property.Name}");

    public IReadOnlyList<string> GuidList(JsonProperty property)
    {
        if (property.Value.ValueKind != JsonValueKind.Array || property.Value.GetArrayLength() == 0)
            throw Problem(property, "expected a non-empty array of subscription ids");
        var ids = property.Value.EnumerateArray().Select((e, i) => Guid(e, $"{path}.{property.Name}[{i}]")).ToList();
        var duplicate = ids.GroupBy(i => i, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? ids : throw Problem(property, $"subscription {duplicate.Key} is listed twice");
    }

    public Uri HttpsUrl(JsonProperty property) =>
        Uri.TryCreate(Text(property), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri
            : throw Problem(property, "expected an absolute https URL (Azure.Core sends bearer tokens over https only)");

    public int Integer(JsonProperty property, int min, int max) =>
        property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var n) && n >= min && n <= max
            ? n
            : throw Problem(property, $"expected a whole number from {min} to {max}");

    private string Guid(JsonElement element, string at) =>
        element.ValueKind == JsonValueKind.String && System.Guid.TryParse(element.GetString(), out var guid)
            ? guid.ToString()
            : throw new InputException(file, at, null, "expected a GUID, e.g. 00000000-0000-0000-0000-000000000000");

    private InputException Problem(JsonProperty property, string problem) => new(file, $"{path}.{property.Name}", null, problem);
}
