using System.Text.Json;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Configuration.Internal;

/// <summary>Reads a parameter value of the kind its descriptor declares.</summary>
internal static class ParameterValue
{
    public static object? Read(ConfigReader reader, JsonElement element, string path, ParameterDescriptor descriptor) =>
        descriptor.Kind switch
        {
            ParameterKind.Integer => ReadInt(reader, element, path, descriptor.Minimum, descriptor.Maximum),
            ParameterKind.Boolean => element.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? element.GetBoolean()
                : Fail(reader, path, "true or false", element),
            ParameterKind.String => element.ValueKind == JsonValueKind.String ? element.GetString()! : Fail(reader, path, "a string", element),
            ParameterKind.StringList => ReadStrings(reader, element, path, descriptor),
            _ => throw new ArgumentOutOfRangeException(nameof(descriptor)),
        };

    public static int? ReadInt(ConfigReader reader, JsonElement element, string path, int minimum, int maximum = 100_000)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value))
        {
            if (value >= minimum && value <= maximum)
                return value;
            reader.Error(path, value < minimum
                ? $"expected a whole number of at least {minimum}, found {value}"
                : $"expected a whole number of at most {maximum}, found {value}");
            return null;
        }
        if (element.ValueKind == JsonValueKind.Number)
        {
            reader.Error(path, $"expected a whole number of at most {maximum}, found {element.GetRawText()}");
            return null;
        }
        Fail(reader, path, "a whole number", element);
        return null;
    }

    private static IReadOnlyList<string>? ReadStrings(ConfigReader reader, JsonElement element, string path, ParameterDescriptor descriptor)
    {
        if (element.ValueKind != JsonValueKind.Array)
            return (IReadOnlyList<string>?)Fail(reader, path, "an array of strings", element);
        var values = new List<string>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && descriptor.AllowedItems is { } allowed && !allowed.Contains(item.GetString()!))
                Fail(reader, JsonPaths.Index(path, i), descriptor.ItemsExpected ?? "one of the allowed values", item);
            else if (item.ValueKind == JsonValueKind.String)
                values.Add(item.GetString()!);
            else
                Fail(reader, JsonPaths.Index(path, i), "a string", item);
            i++;
        }
        return values;
    }

    private static object? Fail(ConfigReader reader, string path, string expected, JsonElement found)
    {
        reader.Error(path, $"expected {expected}, found {ConfigReader.Show(found)}");
        return null;
    }
}
