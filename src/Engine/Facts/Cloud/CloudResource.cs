using System.Text.Json.Serialization;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Facts.Cloud;

/// <summary>
/// A resource that stores or processes data somewhere: an Azure resource or resource group, an S3 bucket,
/// an EC2 instance. The region is mapped to a country by the collector through <see cref="RegionCatalog"/>.
/// </summary>
public sealed record CloudResource : Fact
{
    /// <summary><c>azure</c> or <c>aws</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>Subscription id or AWS account id.</summary>
    public required string Scope { get; init; }

    /// <summary>Resource type, e.g. <c>Microsoft.Storage/storageAccounts</c>, <c>aws:s3:bucket</c>.</summary>
    public required string Kind { get; init; }
    public required string Id { get; init; }
    public string? Name { get; init; }

    /// <summary>Normalised region code; null or <c>global</c> for location-less resources.</summary>
    public string? Region { get; init; }

    /// <summary>ISO 3166 alpha-2 country of the region; null when the region is not in the map or global.</summary>
    public string? Country { get; init; }

    /// <summary>Azure extended location (edge zone or Arc custom location) name, when the resource has one.</summary>
    public string? ExtendedLocation { get; init; }

    /// <summary>Azure extended location type: <c>EdgeZone</c> or <c>CustomLocation</c>.</summary>
    public string? ExtendedLocationType { get; init; }

    [JsonIgnore]
    public bool IsGlobal => string.IsNullOrEmpty(Region) || string.Equals(Region, "global", StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public override ResourceRef Resource => new(Provider, Scope, Kind, Id, Name ?? Id);

    [JsonIgnore]
    public override IEnumerable<string> DataScopes
    {
        get
        {
            yield return DataScope.Item(Resource.Key);
            if (Provider == "azure")
                yield return DataScope.Subscription(Scope);
            if (!IsGlobal)
                yield return DataScope.Region(Region!);
        }
    }
}
