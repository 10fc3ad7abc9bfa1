using System.Text.Json;
using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>The parts of a Microsoft.Authorization/policyAssignments item that the allowed-locations check reads.</summary>
internal sealed record PolicyAssignment(string Id, string? PolicyDefinitionId, string? Scope, IReadOnlyList<string> NotScopes,
    string? EnforcementMode, IReadOnlyList<string>? AllowedLocations)
{
    public static PolicyAssignment From(JsonElement item)
    {
        var properties = item.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        return new PolicyAssignment(
            ArmPager.String(item, "id") ?? string.Empty,
            Property(properties, "policyDefinitionId"),
            Property(properties, "scope"),
            Strings(properties, "notScopes") ?? [],
            Property(properties, "enforcementMode"),
            AllowedLocationsOf(properties));
    }

    private static string? Property(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object ? ArmPager.String(properties, name) : null;

    private static IReadOnlyList<string>? Strings(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : null;

    // parameters.listOfAllowedLocations.value: the regions, normalised and sorted so the fact is stable.
    private static IReadOnlyList<string>? AllowedLocationsOf(JsonElement properties)
    {
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty("parameters", out var parameters)
            || parameters.ValueKind != JsonValueKind.Object || !parameters.TryGetProperty("listOfAllowedLocations", out var parameter))
            return null;
        return Strings(parameter, "value") is { } regions ? [.. regions.Select(RegionCatalog.Normalise).Order(StringComparer.Ordinal)] : null;
    }
}
