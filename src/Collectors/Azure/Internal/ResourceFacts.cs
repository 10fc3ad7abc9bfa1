using System.Collections.Concurrent;
using System.Text.Json;
using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>
/// Maps the items of one subscription's resource or resource-group listing to <see cref="CloudResource"/> facts with
/// region and country. One reader per listing: it remembers the last type and location it saw, because consecutive
/// items mostly share them, so 100k resources do not cost 200k throw-away strings.
/// </summary>
internal sealed class ResourceFacts(string sourceId, string subscriptionId)
{
    public const string ResourceGroupKind = "Microsoft.Resources/resourceGroups";
    private const int MaxShared = 4096;

    private static readonly ConcurrentDictionary<string, (string Region, string? Country)> Regions = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Types = new(StringComparer.Ordinal);

    private string? _lastType;
    private string? _lastLocation;
    private (string Region, string? Country) _lastPlace;

    /// <summary>A <c>GenericResourceExpanded</c> item of <c>GET /subscriptions/{id}/resources</c>.</summary>
    public CloudResource FromResource(JsonElement resource) => Read(resource, kind: null);

    /// <summary>A <c>ResourceGroup</c> item of <c>GET /subscriptions/{id}/resourcegroups</c>.</summary>
    public CloudResource FromResourceGroup(JsonElement group) => Read(group, ResourceGroupKind);

    // One pass over the item's properties: ARM items carry many (sku, tags, identity, properties …) we do not need.
    private CloudResource Read(JsonElement item, string? kind)
    {
        string? id = null, name = null, location = null, extendedName = null, extendedType = null;
        foreach (var property in item.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("id"u8))
                id = Text(value);
            else if (property.NameEquals("name"u8))
                name = Text(value);
            else if (kind is null && property.NameEquals("type"u8))
                kind = SharedType(value);
            else if (property.NameEquals("location"u8))
                location = Text(value);
            else if (property.NameEquals("extendedLocation"u8) && value.ValueKind == JsonValueKind.Object)
                (extendedName, extendedType) = (Text(value, "name"), Text(value, "type"));
        }
        var (region, country) = string.IsNullOrWhiteSpace(location) ? (null, null) : Locate(location);
        return new CloudResource
        {
            SourceId = sourceId,
            Provider = "azure",
            Scope = subscriptionId,
            Kind = kind ?? throw new JsonException("an ARM resource without 'type'"),
            Id = id ?? throw new JsonException("an ARM resource without 'id'"),
            Name = name,
            Region = region,
            Country = country,
            ExtendedLocation = extendedName,
            ExtendedLocationType = extendedType,
        };
    }

    private string? SharedType(JsonElement value)
    {
        if (_lastType is not null && value.ValueKind == JsonValueKind.String && value.ValueEquals(_lastType))
            return _lastType;
        var type = Text(value);
        return type is null ? null : _lastType = Types.Count < MaxShared ? Types.GetOrAdd(type, type) : type;
    }

    private (string Region, string? Country) Locate(string location)
    {
        if (string.Equals(location, _lastLocation, StringComparison.Ordinal))
            return _lastPlace;
        if (!Regions.TryGetValue(location, out var place))
        {
            var region = RegionCatalog.Normalise(location);
            place = (region, RegionCatalog.Default.CountryOf("azure", region));
            if (Regions.Count < MaxShared)
                Regions.TryAdd(location, place);
        }
        (_lastLocation, _lastPlace) = (location, place);
        return place;
    }

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) ? Text(property) : null;
}
