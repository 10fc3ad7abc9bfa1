using System.Collections;
using System.Text.Json;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Secrets;

namespace ComplianceEngine.Cli.Internal;

/// <summary>Registers the secret values this run can know of before it reads anything from outside: environment variables
/// named like credentials, and every variable rules.json's sources name (<c>clientSecretVariable</c>, …).</summary>
internal static class KnownSecrets
{
    private static readonly string[] SecretWords =
        ["SECRET", "TOKEN", "PASSWORD", "PASSWD", "CREDENTIAL", "ACCESS_KEY", "SIGNING_KEY", "PRIVATE_KEY", "API_KEY", "CONNECTION_STRING"];

    public static void RegisterEnvironment()
    {
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string name && SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)))
                SecretRedactor.Register(variable.Value as string);
        }
    }

    /// <summary>Every string property of the sources named <c>…Variable</c> names an environment variable holding a secret.</summary>
    public static void RegisterNamedIn(ComplianceConfig config)
    {
        if (config.Sources is { } sources)
            Visit(sources);
    }

    private static void Visit(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.EndsWith("Variable", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                        SecretRedactor.Register(Environment.GetEnvironmentVariable(property.Value.GetString()!));
                    else
                        Visit(property.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Visit(item);
                break;
        }
    }
}
