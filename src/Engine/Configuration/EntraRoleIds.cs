namespace ComplianceEngine.Engine.Configuration;

/// <summary>Microsoft Entra built-in role template ids (the same in every tenant).</summary>
public static class EntraRoleIds
{
    public const string GlobalAdministrator = "62e90394-69f5-4237-9190-012177145e10";
    public const string PrivilegedRoleAdministrator = "e8611ab8-c189-46e8-94e1-60213ab1f814";
    public const string PrivilegedAuthenticationAdministrator = "7be44c8a-adaf-4e2a-84d6-ab2649e08a13";
    public const string SecurityAdministrator = "194ae4cb-b126-40b2-bd5b-6091b380977d";
    public const string ConditionalAccessAdministrator = "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9";
    public const string AuthenticationAdministrator = "c4e39bd9-1100-46d3-8c65-fb160da0071f";
    public const string HybridIdentityAdministrator = "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2";
    public const string UserAdministrator = "fe930be7-5e62-47db-91af-98c3a49a38b1";
    public const string ApplicationAdministrator = "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3";
    public const string CloudApplicationAdministrator = "158c047a-c907-4556-b7ef-446551a6b5f7";
    public const string ExchangeAdministrator = "29232cdf-9323-42fd-ade2-1d097af3e4de";
    public const string SharePointAdministrator = "f28a1f50-f6e7-4571-818b-6a12f2af6b6c";
    public const string IntuneAdministrator = "3a2c62db-5318-420d-8d74-23affee5d9d5";
    public const string DomainNameAdministrator = "8329153b-31d0-4727-b945-745eb3bc5f31";
    public const string ExternalIdentityProviderAdministrator = "be2f45a1-457d-42af-a067-6ec1fa63bc45";
    public const string PartnerTier2Support = "e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8";
    public const string DirectorySynchronizationAccounts = "d29b2b05-8046-44ba-8758-1e26182fcf32";

    /// <summary>The tool's default "highly privileged" set: ScubaGear's list plus the Tier-0 roles.</summary>
    public static readonly IReadOnlyList<string> HighlyPrivileged =
    [
        GlobalAdministrator, PrivilegedRoleAdministrator, PrivilegedAuthenticationAdministrator,
        SecurityAdministrator, ConditionalAccessAdministrator, HybridIdentityAdministrator, UserAdministrator,
        ApplicationAdministrator, CloudApplicationAdministrator, ExchangeAdministrator, SharePointAdministrator,
        AuthenticationAdministrator, IntuneAdministrator, DomainNameAdministrator,
        ExternalIdentityProviderAdministrator, PartnerTier2Support,
    ];
}
