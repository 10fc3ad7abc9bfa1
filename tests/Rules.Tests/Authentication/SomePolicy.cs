using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Rules.Tests.Authentication;

/// <summary>Conditional-access policies as tenants configure them; tests change only what matters to them.</summary>
internal static class SomePolicy
{
    public const string BreakGlassId = "bbbbbbbb-0000-0000-0000-000000000001";

    public static ConditionalAccessPolicy MfaForAllUsers => new()
    {
        Id = "ca-mfa-all", DisplayName = "Require MFA for all users", State = "enabled",
        IncludeUsers = ["All"], IncludeApplications = ["All"], ClientAppTypes = ["all"], BuiltInControls = ["mfa"],
    };

    public static ConditionalAccessPolicy BlockLegacy => new()
    {
        Id = "ca-block-legacy", DisplayName = "Block legacy authentication", State = "enabled",
        IncludeUsers = ["All"], IncludeApplications = ["All"], ClientAppTypes = ["exchangeActiveSync", "other"], BuiltInControls = ["block"],
    };

    public static ConditionalAccessPolicy MfaForRoles(params string[] roles) => new()
    {
        Id = "ca-mfa-admins", DisplayName = "Require MFA for admins", State = "enabled",
        IncludeRoles = roles, IncludeApplications = ["All"], ClientAppTypes = ["all"], BuiltInControls = ["mfa"],
    };

    public const string MfaStrengthId = "00000000-0000-0000-0000-000000000002";
    public const string PhishingResistantStrengthId = "00000000-0000-0000-0000-000000000004";

    /// <summary>The built-in strengths as Graph lists them (combinations in wire form).</summary>
    public static IReadOnlyList<AuthenticationStrength> BuiltInStrengths { get; } =
    [
        new()
        {
            Id = MfaStrengthId, DisplayName = "Multifactor authentication", PolicyType = "builtIn",
            AllowedCombinations =
            [
                "windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor", "deviceBasedPush", "temporaryAccessPassOneTime",
                "temporaryAccessPassMultiUse", "password,microsoftAuthenticatorPush", "password,softwareOath", "password,hardwareOath",
                "password,sms", "password,voice", "federatedMultiFactor", "federatedSingleFactor,microsoftAuthenticatorPush",
            ],
        },
        new()
        {
            Id = "00000000-0000-0000-0000-000000000003", DisplayName = "Passwordless MFA", PolicyType = "builtIn",
            AllowedCombinations = ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor", "deviceBasedPush"],
        },
        new()
        {
            Id = PhishingResistantStrengthId, DisplayName = "Phishing-resistant MFA", PolicyType = "builtIn",
            AllowedCombinations = ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor"],
        },
    ];

    public static AuthenticationStrength Custom(string id, params string[] combinations) =>
        new() { Id = id, DisplayName = "Custom " + id, PolicyType = "custom", AllowedCombinations = combinations };

    /// <summary>A policy whose grant is only the strength with this id.</summary>
    public static ConditionalAccessPolicy WithStrength(ConditionalAccessPolicy policy, string strengthId) =>
        policy with { BuiltInControls = [], AuthenticationStrengthId = strengthId, AuthenticationStrength = strengthId };

    public static EntraTenant TenantWith(params ConditionalAccessPolicy[] policies) =>
        Some.Tenant() with { SecurityDefaultsEnabled = false, ConditionalAccessPolicies = policies, AuthenticationStrengths = BuiltInStrengths };

    public static EntraTenant TenantWith(IEnumerable<AuthenticationStrength> customStrengths, params ConditionalAccessPolicy[] policies) =>
        TenantWith(policies) with { AuthenticationStrengths = [.. BuiltInStrengths, .. customStrengths] };

    public static ComplianceConfig BreakGlass(params string[] ids) => ComplianceConfig.Default with
    {
        SharedParameterValues = new Dictionary<string, object> { ["breakGlassAccounts"] = ids.ToList() },
    };
}
