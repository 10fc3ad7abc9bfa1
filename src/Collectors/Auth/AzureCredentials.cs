using Azure.Core;
using Azure.Identity;
using ComplianceEngine.Collectors.Auth.Internal;

namespace ComplianceEngine.Collectors.Auth;

/// <summary>Builds the Azure.Identity credential that <see cref="AzureAuthOptions"/> describes.</summary>
public static class AzureCredentials
{
    public static TokenCredential Create(AzureAuthOptions options, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var authority = options.AuthorityHost ?? AzureAuthorityHosts.AzurePublicCloud;
        return options.Method switch
        {
            AzureAuthMethod.Default => new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                TenantId = options.TenantId,
                ManagedIdentityClientId = options.ClientId,
                AuthorityHost = authority,
            }),
            AzureAuthMethod.ClientSecret => new ClientSecretCredential(
                Require(options.TenantId, "tenantId"), Require(options.ClientId, "clientId"),
                Secret(environment, options.ClientSecretVariable, "clientSecretVariable"),
                new ClientSecretCredentialOptions { AuthorityHost = authority }),
            AzureAuthMethod.Certificate => new ClientCertificateCredential(
                Require(options.TenantId, "tenantId"), Require(options.ClientId, "clientId"),
                Require(options.CertificatePath, "certificatePath"),
                new ClientCertificateCredentialOptions { AuthorityHost = authority }),
            AzureAuthMethod.ManagedIdentity => new ManagedIdentityCredential(
                options.ClientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(options.ClientId)),
            AzureAuthMethod.WorkloadIdentity => new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions
            {
                TenantId = options.TenantId,
                ClientId = options.ClientId,
                AuthorityHost = authority,
            }),
            AzureAuthMethod.AccessToken => new EnvironmentTokenCredential(
                Secret(environment, options.AccessTokenVariable, "accessTokenVariable")),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
    }

    /// <summary>The credential, with every token it issues registered for redaction (<see cref="Engine.Secrets.SecretRedactor"/>).</summary>
    public static TokenCredential Redacted(TokenCredential credential) =>
        credential as RedactedTokenCredential ?? (TokenCredential)new RedactedTokenCredential(credential);

    private static string Require(string? value, string name) =>
        value ?? throw new InvalidOperationException($"auth.{name} is required for this authentication method.");

    // The message names the variable, never its value.
    private static string Secret(Func<string, string?> environment, string? variable, string name)
    {
        var key = Require(variable, name);
        var value = environment(key);
        Engine.Secrets.SecretRedactor.Register(value);
        return string.IsNullOrEmpty(value)
            ? throw new InvalidOperationException($"environment variable {key} (auth.{name}) is not set or empty.")
            : value;
    }
}
