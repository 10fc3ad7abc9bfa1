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

    public static EntraTenant TenantWith(params ConditionalAccessPolicy[] policies) =>
        Some.Tenant() with { SecurityDefaultsEnabled = false, ConditionalAccessPolicies = policies };

    public static ComplianceConfig BreakGlass(params string[] ids) => ComplianceConfig.Default with
    {
        SharedParameterValues = new Dictionary<string, object> { ["breakGlassAccounts"] = ids.ToList() },
    };
}
