using System.Text.Json;

namespace ComplianceEngine.Engine.Configuration.Internal;

/// <summary>Reads <c>"history": { "path" | "connectionString": …, "keepDays": …, "keepRuns": … }</c>.</summary>
internal static class HistorySettingsReader
{
    public static HistorySettings Read(ConfigReader reader, JsonElement element, string path, string file)
    {
        var settings = HistorySettings.Default;
        if (!reader.Expect(element, JsonValueKind.Object, path, "an object with 'path' or 'connectionString', 'keepDays' and/or 'keepRuns'"))
            return settings;
        foreach (var property in element.EnumerateObject())
        {
            var at = JsonPaths.Property(path, property.Name);
            switch (property.Name)
            {
                case "path" when reader.Expect(property.Value, JsonValueKind.String, at, "a file path") && property.Value.GetString() is { Length: > 0 } given:
                    settings = settings with { Path = System.IO.Path.GetFullPath(given, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))!) };
                    break;
                case "path": break;
                case "connectionString" when reader.Expect(property.Value, JsonValueKind.String, at, "a PostgreSQL URL (postgresql://user@host:5432/database?sslmode=require)")
                                             && property.Value.GetString() is { Length: > 0 } connection:
                    settings = settings with { ConnectionString = connection };
                    break;
                case "connectionString": break;
                case "keepDays":
                    settings = settings with { KeepDays = property.Value.ValueKind == JsonValueKind.Null ? null : ParameterValue.ReadInt(reader, property.Value, at, 1) };
                    break;
                case "keepRuns":
                    settings = settings with { KeepRuns = property.Value.ValueKind == JsonValueKind.Null ? null : ParameterValue.ReadInt(reader, property.Value, at, 1) };
                    break;
                default:
                    reader.Error(at, $"unknown property '{property.Name}'; expected 'path', 'connectionString', 'keepDays' or 'keepRuns'");
                    break;
            }
        }
        if (settings.Path is not null && settings.ConnectionString is not null)
            reader.Error(path, "give either 'path' (a SQLite file) or 'connectionString' (a PostgreSQL database), not both");
        return settings;
    }
}
