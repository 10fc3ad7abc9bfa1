using System.Reflection;

namespace ComplianceEngine.Engine.Facts.Cloud;

/// <summary>
/// Maps Azure and AWS region codes to ISO 3166 alpha-2 countries, from the region → country data file
/// shipped inside this assembly. Allowed locations are stated as countries, so every region is judged by
/// the country it is in.
/// </summary>
public sealed class RegionCatalog
{
    private readonly Dictionary<(string Cloud, string Region), string> _countries;

    private RegionCatalog(Dictionary<(string, string), string> countries) => _countries = countries;

    public static RegionCatalog Default { get; } = LoadEmbedded();

    public int Count => _countries.Count;

    /// <summary>The country of a region, or null when the region is unknown. Azure display names
    /// ("West Europe") are normalised to codes ("westeurope").</summary>
    public string? CountryOf(string cloud, string? region)
    {
        if (string.IsNullOrWhiteSpace(region))
            return null;
        return _countries.GetValueOrDefault((cloud.ToLowerInvariant(), Normalise(region)));
    }

    /// <summary>The regions of a cloud that lie in one of <paramref name="countries"/>, upper-case as Microsoft 365 writes
    /// its geos (Azure and AWS codes are lower-case in the map and come back so), in order.</summary>
    public IReadOnlyList<string> RegionsIn(string cloud, IReadOnlySet<string> countries) =>
        _countries.Where(c => c.Key.Cloud == cloud.ToLowerInvariant() && countries.Contains(c.Value))
            .Select(c => cloud.Equals("m365", StringComparison.OrdinalIgnoreCase) ? c.Key.Region.ToUpperInvariant() : c.Key.Region)
            .Order(StringComparer.Ordinal).ToList();

    public static string Normalise(string region) =>
        region.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static RegionCatalog LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("ComplianceEngine.Engine.region-country-map.csv")
            ?? throw new InvalidOperationException("The region → country map is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static RegionCatalog Parse(TextReader reader)
    {
        var map = new Dictionary<(string, string), string>();
        _ = reader.ReadLine();
        var line = 1;
        while (reader.ReadLine() is { } row)
        {
            line++;
            if (row.Length == 0)
                continue;
            var cells = row.Split(',');
            if (cells.Length < 3)
                throw new FormatException($"region-country-map.csv line {line}: expected 'cloud,region,country_iso2,…', got '{row}'.");
            // Rows without a single country (Azure 'global', Microsoft 365 multi-country geos) stay unmapped on purpose.
            if (cells[2].Length != 2)
                continue;
            map[(cells[0].ToLowerInvariant(), Normalise(cells[1]))] = cells[2].ToUpperInvariant();
        }
        return new RegionCatalog(map);
    }
}
