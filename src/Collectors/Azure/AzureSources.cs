using System.Text.Json;
using ComplianceEngine.Collectors.Azure.Internal;
using Serilog;

namespace ComplianceEngine.Collectors.Azure;

/// <summary>Entry point for the CLI: one <see cref="AzureCollector"/> per entry of rules.json's <c>sources.azure</c>.</summary>
public static class AzureSources
{
    /// <param name="section">The value of <c>sources.azure</c>: an array of source objects.</param>
    /// <exception cref="Engine.InputException">A setting is missing, unknown or malformed; names the JSON path.</exception>
    public static IReadOnlyList<ISourceCollector> FromConfig(JsonElement section, string file, string jsonPath, ILogger log)
    {
        var options = AzureConfigReader.Read(section, file, jsonPath);
        return [.. options.Select(o => new AzureCollector(o, log))];
    }
}
