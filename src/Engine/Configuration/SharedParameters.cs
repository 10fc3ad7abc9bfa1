using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Configuration;

/// <summary>Parameters that several rules read; set once under <c>parameters</c> in rules.json.</summary>
public static class SharedParameters
{
    public static readonly ParameterDescriptor AllowedCountries = ParameterDescriptor.StringList(
        "allowedCountries", ["JP"],
        "ISO 3166 alpha-2 countries where data may be stored (the countries the organisation tells its customers).") with
    {
        AllowedItems = CountryCodes.All,
        ItemsExpected = "an ISO 3166-1 alpha-2 country code in capitals, such as \"JP\"",
    };

    public static readonly ParameterDescriptor BreakGlassAccounts = ParameterDescriptor.StringList(
        "breakGlassAccounts", [],
        "User principal names or object ids of emergency-access accounts, excluded from rules that would lock them out.");

    public static readonly ParameterDescriptor ServiceAccounts = ParameterDescriptor.StringList(
        "serviceAccounts", [],
        "User principal names or object ids of non-human accounts, excluded from interactive-user rules.");

    public static readonly ParameterDescriptor PrivilegedRoles = ParameterDescriptor.StringList(
        "privilegedRoles", EntraRoleIds.HighlyPrivileged,
        "Entra role template ids treated as highly privileged.");

    public static readonly IReadOnlyList<ParameterDescriptor> All =
        [AllowedCountries, BreakGlassAccounts, ServiceAccounts, PrivilegedRoles];
}
