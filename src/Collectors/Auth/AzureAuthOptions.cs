namespace ComplianceEngine.Collectors.Auth;

public enum AzureAuthMethod
{
    Default,
    ClientSecret,
    Certificate,
    ManagedIdentity,
    WorkloadIdentity,
    AccessToken,
}

/// <summary>
/// How to authenticate to Microsoft Graph or Azure Resource Manager. Secrets are never in rules.json: it names
/// the environment variable (or file) that holds them.
/// </summary>
public sealed record AzureAuthOptions
{
    public AzureAuthMethod Method { get; init; } = AzureAuthMethod.Default;
    public string? TenantId { get; init; }
    public string? ClientId { get; init; }

    /// <summary>Environment variable holding the client secret (method clientSecret).</summary>
    public string? ClientSecretVariable { get; init; }

    /// <summary>Path of a PEM or PFX certificate with its private key (method certificate).</summary>
    public string? CertificatePath { get; init; }

    /// <summary>Environment variable holding a bearer token the pipeline already has (method accessToken).</summary>
    public string? AccessTokenVariable { get; init; }

    /// <summary>Microsoft Entra authority for sovereign clouds, e.g. https://login.microsoftonline.us.</summary>
    public Uri? AuthorityHost { get; init; }
}
