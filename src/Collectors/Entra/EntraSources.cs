using System.Text.Json;
using ComplianceEngine.Collectors.Auth;
using ComplianceEngine.Engine;
using Serilog;

namespace ComplianceEngine.Collectors.Entra;

/// <summary>
/// Reads rules.json's <c>sources.entra</c>: an array of
/// <c>{ "tenantId": "…", "graphEndpoint": "https://graph.microsoft.com", "auth": { "method": … } }</c>.
/// </summary>
public static class EntraSources
{
    public static IReadOnlyList<ISourceCollector> FromConfig(JsonElement section, string file, string jsonPath, ILogger log) =>
        FromConfig(section, file, jsonPath, log, EntraCollectorOptions.Default);

    public static IReadOnlyList<ISourceCollector> FromConfig(JsonElement section, string file, string jsonPath, ILogger log,
        EntraCollectorOptions options)
    {
        if (section.ValueKind != JsonValueKind.Array)
            throw new InputException(file, jsonPath, null, "expected an array of Entra tenants: [{ \"tenantId\": \"…\", \"auth\": { … } }]");
        var collectors = new List<ISourceCollector>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var element in section.EnumerateArray())
        {
            var path = $"{jsonPath}[{index++}]";
            var source = Read(element, file, path);
            if (!seen.Add(source.TenantId))
                throw new InputException(file, $"{path}.tenantId", null, $"tenant {source.TenantId} is configured twice");
            collectors.Add(new EntraCollector(source, options, log));
        }
        return collectors;
    }

    private static EntraSource Read(JsonElement element, string file, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new InputException(file, path, null, "expected an object with tenantId, graphEndpoint and auth");
        string? tenantId = null;
        var endpoint = EntraSource.PublicCloudGraph;
        AzureAuthOptions? auth = null;
        foreach (var property in element.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "tenantId":
                    tenantId = Text(property.Value, file, at);
                    break;
                case "graphEndpoint":
                    endpoint = Endpoint(Text(property.Value, file, at), file, at);
                    break;
                case "auth":
                    auth = AzureAuthOptionsReader.Read(property.Value, file, at);
                    break;
                default:
                    throw new InputException(file, at, null, "unknown property; expected tenantId, graphEndpoint or auth");
            }
        }
        if (string.IsNullOrWhiteSpace(tenantId))
            throw new InputException(file, $"{path}.tenantId", null, "required: the tenant id (GUID) or primary domain");
        auth ??= new AzureAuthOptions();
        return new EntraSource { TenantId = tenantId, GraphEndpoint = endpoint, Auth = auth with { TenantId = auth.TenantId ?? tenantId } };
    }

    private static Uri Endpoint(string text, string file, string at)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            throw new InputException(file, at, null, "expected an https URL such as https://graph.microsoft.com (bearer tokens are only sent over https)");
        if (uri.AbsolutePath.Trim('/').Length > 0 || uri.Query.Length > 0)
            throw new InputException(file, at, null, $"expected the Graph root without a path, e.g. {uri.GetLeftPart(UriPartial.Authority)}; the collector adds /v1.0");
        return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
    }

    private static string Text(JsonElement value, string file, string at) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new InputException(file, at, null, "expected a string");
}
