using System.Collections.Concurrent;
using System.Text.Json;
using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>Maps ARM resources and resource groups to <see cref="CloudResource"/> facts with region and country.</summary>
internal static class ResourceFacts
{
    public const string ResourceGroupKind = "Microsoft.Resources/resourceGroups";

    /// <summary>A <c>GenericResourceExpanded</c> item of <c>GET /subscriptions/{id}/resources</c>.</summary>
    public static CloudResource FromResource(string sourceId, string subscriptionId, JsonElement resource)
    {
        var fact = Create(sourceId, subscriptionId, Required(resource, "id"), ArmPager.String(resource, "name"),
            Shared(Types, Required(resource, "type")), ArmPager.String(resource, "location"));
        if (!resource.TryGetProperty("extendedLocation", out var extended) || extended.ValueKind != JsonValueKind.Object)
            return fact;
        return fact with { ExtendedLocation = ArmPager.String(extended, "name"), ExtendedLocationType = ArmPager.String(extended, "type") };
    }

    /// <summary>A <c>ResourceGroup</c> item of <c>GET /subscriptions/{id}/resourcegroups</c>.</summary>
    public static CloudResource FromResourceGroup(string sourceId, string subscriptionId, JsonElement group) =>
        Create(sourceId, subscriptionId, Required(group, "id"), ArmPager.String(group, "name"), ResourceGroupKind,
            ArmPager.String(group, "location"));

    private const int MaxShared = 4096;

    // Types and locations repeat across a tenant's resources: one string and one country lookup for each.
    private static readonly ConcurrentDictionary<string, (string Region, string? Country)> Regions = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Types = new(StringComparer.Ordinal);

    private static CloudResource Create(string sourceId, string subscriptionId, string id, string? name, string kind, string? location)
    {
        var (region, country) = string.IsNullOrWhiteSpace(location) ? (null, null) : Locate(location);
        return new CloudResource
        {
            SourceId = sourceId,
            Provider = "azure",
            Scope = subscriptionId,
            Kind = kind,
            Id = id,
            Name = name,
            Region = region,
            Country = country,
        };
    }

    private static (string Region, string? Country) Locate(string location)
    {
        if (Regions.TryGetValue(location, out var known))
            return known;
        var region = RegionCatalog.Normalise(location);
        var located = (region, RegionCatalog.Default.CountryOf("azure", region));
        if (Regions.Count < MaxShared)
            Regions.TryAdd(location, located);
        return located;
    }

    private static string Shared(ConcurrentDictionary<string, string> pool, string value) =>
        pool.TryGetValue(value, out var shared) ? shared : pool.Count < MaxShared ? pool.GetOrAdd(value, value) : value;

    private static string Required(JsonElement resource, string name) =>
        ArmPager.String(resource, name) ?? throw new JsonException($"an ARM resource without '{name}'");
}
