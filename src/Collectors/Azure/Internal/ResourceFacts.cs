using Azure.ResourceManager.Resources;
using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>Maps ARM resources and resource groups to <see cref="CloudResource"/> facts with region and country.</summary>
internal static class ResourceFacts
{
    public const string ResourceGroupKind = "Microsoft.Resources/resourceGroups";

    public static CloudResource From(string sourceId, string subscriptionId, GenericResourceData data) =>
        Create(sourceId, subscriptionId, data.Id.ToString(), data.Name, data.ResourceType.ToString(), data.Location.Name) with
        {
            ExtendedLocation = data.ExtendedLocation?.Name,
            ExtendedLocationType = data.ExtendedLocation?.ExtendedLocationType?.ToString(),
        };

    public static CloudResource From(string sourceId, string subscriptionId, ResourceGroupData data) =>
        Create(sourceId, subscriptionId, data.Id.ToString(), data.Name, ResourceGroupKind, data.Location.Name);

    private static CloudResource Create(string sourceId, string subscriptionId, string id, string? name, string kind, string? location)
    {
        var region = string.IsNullOrWhiteSpace(location) ? null : RegionCatalog.Normalise(location);
        return new CloudResource
        {
            SourceId = sourceId,
            Provider = "azure",
            Scope = subscriptionId,
            Kind = kind,
            Id = id,
            Name = name,
            Region = region,
            Country = RegionCatalog.Default.CountryOf("azure", region),
        };
    }
}
