using System.Text.Json;
using ComplianceEngine.Collectors.Auth;
using ComplianceEngine.Engine;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>Reads <c>sources.azure</c>: <c>[{ "id"?, "tenantId"?, "subscriptions"?, "armEndpoint"?, "audience"?,
/// "maxParallelism"?, "maxRetries"?, "networkTimeoutSeconds"?, "auth"? }]</c>.</summary>
internal static class AzureConfigReader
{
    private const string Known = "id, tenantId, subscriptions, armEndpoint, audience, maxParallelism, maxRetries, networkTimeoutSeconds or auth";

    public static IReadOnlyList<AzureSourceOptions> Read(JsonElement section, string file, string path)
    {
        if (section.ValueKind != JsonValueKind.Array)
            throw new InputException(file, path, null, "expected an array of Azure sources");
        var sources = new List<AzureSourceOptions>();
        var index = 0;
        foreach (var entry in section.EnumerateArray())
        {
            var at = $"{path}[{index++}]";
            var source = ReadSource(entry, file, at);
            if (sources.Any(s => s.SourceId == source.SourceId))
                throw new InputException(file, at, null, $"duplicate source id \"{source.SourceId}\"; give each source its own \"id\"");
            sources.Add(source);
        }
        return sources;
    }

    private static AzureSourceOptions ReadSource(JsonElement entry, string file, string path)
    {
        if (entry.ValueKind != JsonValueKind.Object)
            throw new InputException(file, path, null, "expected an object describing one Azure source");
        var values = new ConfigValues(file, path);
        string? id = null;
        var options = new AzureSourceOptions { SourceId = string.Empty };
        JsonElement? auth = null;
        foreach (var property in entry.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "id": id = values.Text(property); break;
                case "tenantId": options = options with { TenantId = values.Guid(property) }; break;
                case "subscriptions": options = options with { SubscriptionIds = values.GuidList(property) }; break;
                case "armEndpoint": options = options with { ArmEndpoint = values.HttpsUrl(property) }; break;
                case "audience": options = options with { Audience = values.Text(property) }; break;
                case "maxParallelism": options = options with { MaxParallelism = values.Integer(property, 1, 64) }; break;
                case "maxRetries": options = options with { MaxRetries = values.Integer(property, 0, 20) }; break;
                case "networkTimeoutSeconds": options = options with { NetworkTimeout = TimeSpan.FromSeconds(values.Integer(property, 1, 600)) }; break;
                case "auth": auth = value; break;
                default: throw new InputException(file, $"{path}.{property.Name}", null, $"unknown property; expected {Known}");
            }
        }
        var authOptions = AzureAuthOptionsReader.Read(auth, file, $"{path}.auth");
        authOptions = authOptions with { TenantId = authOptions.TenantId ?? options.TenantId };
        RequireAuthSettings(authOptions, file, $"{path}.auth");
        var key = id ?? options.TenantId ?? authOptions.TenantId
            ?? (options.SubscriptionIds is { } subscriptions ? string.Join(",", subscriptions) : "default");
        return options with { SourceId = $"azure:{key}", Auth = authOptions };
    }

    private static void RequireAuthSettings(AzureAuthOptions auth, string file, string path)
    {
        (string Name, string? Value)[] required = auth.Method switch
        {
            AzureAuthMethod.ClientSecret => [("tenantId", auth.TenantId), ("clientId", auth.ClientId), ("clientSecretVariable", auth.ClientSecretVariable)],
            AzureAuthMethod.Certificate => [("tenantId", auth.TenantId), ("clientId", auth.ClientId), ("certificatePath", auth.CertificatePath)],
            AzureAuthMethod.AccessToken => [("accessTokenVariable", auth.AccessTokenVariable)],
            _ => [],
        };
        foreach (var (name, value) in required)
        {
            if (string.IsNullOrWhiteSpace(value))
                throw new InputException(file, $"{path}.{name}", null, $"required for auth method {auth.Method}");
        }
    }
}
