using System.Text.Json;
using ComplianceEngine.Engine;

namespace ComplianceEngine.Collectors.Auth;

/// <summary>Reads an <c>auth</c> object of rules.json's <c>sources</c> section.</summary>
public static class AzureAuthOptionsReader
{
    private static readonly Dictionary<string, AzureAuthMethod> Methods = new(StringComparer.Ordinal)
    {
        ["default"] = AzureAuthMethod.Default,
        ["clientSecret"] = AzureAuthMethod.ClientSecret,
        ["certificate"] = AzureAuthMethod.Certificate,
        ["managedIdentity"] = AzureAuthMethod.ManagedIdentity,
        ["workloadIdentity"] = AzureAuthMethod.WorkloadIdentity,
        ["accessToken"] = AzureAuthMethod.AccessToken,
    };

    public static AzureAuthOptions Read(JsonElement? element, string file, string path)
    {
        if (element is not { } auth)
            return new AzureAuthOptions();
        if (auth.ValueKind != JsonValueKind.Object)
            throw new InputException(file, path, null, "expected an object with 'method' and its settings");

        var options = new AzureAuthOptions();
        foreach (var property in auth.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            string Text() => property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : throw new InputException(file, at, null, "expected a string");
            options = property.Name switch
            {
                "method" => options with
                {
                    Method = Methods.TryGetValue(Text(), out var m)
                        ? m
                        : throw new InputException(file, at, null, $"unknown method \"{Text()}\"; expected one of: {string.Join(", ", Methods.Keys)}"),
                },
                "tenantId" => options with { TenantId = Text() },
                "clientId" => options with { ClientId = Text() },
                "clientSecretVariable" => options with { ClientSecretVariable = Text() },
                "certificatePath" => options with { CertificatePath = Text() },
                "accessTokenVariable" => options with { AccessTokenVariable = Text() },
                "authorityHost" => options with
                {
                    AuthorityHost = Uri.TryCreate(Text(), UriKind.Absolute, out var uri)
                        ? uri
                        : throw new InputException(file, at, null, "expected an absolute URL"),
                },
                "clientSecret" or "accessToken" => throw new InputException(file, at, null,
                    "secrets do not belong in rules.json; name the environment variable that holds it (clientSecretVariable / accessTokenVariable)"),
                _ => throw new InputException(file, at, null,
                    "unknown property; expected method, tenantId, clientId, clientSecretVariable, certificatePath, accessTokenVariable or authorityHost"),
            };
        }
        return options;
    }
}
