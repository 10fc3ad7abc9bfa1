using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// What a conditional-access policy enforces, read the way CIS M365 5.2.2.x and ScubaGear MS.AAD.1/3 read it:
/// only an enabled policy counts (report-only does not), and it must not leave a way around its control.
/// </summary>
internal static class ConditionalAccess
{
    public static bool TargetsAllUsers(ConditionalAccessPolicy p) => Has(p.IncludeUsers, "All");

    public static bool TargetsAllApps(ConditionalAccessPolicy p) => Has(p.IncludeApplications, "All") && p.ExcludeApplications.Count == 0;

    /// <summary>MFA (or an authentication strength) is required and no other grant control can be satisfied instead.</summary>
    public static bool RequiresMfa(ConditionalAccessPolicy p)
    {
        if (!Has(p.BuiltInControls, "mfa") && p.AuthenticationStrength is null)
            return false;
        if (string.Equals(p.GrantOperator, "AND", StringComparison.OrdinalIgnoreCase))
            return true;
        return p.BuiltInControls.All(c => string.Equals(c, "mfa", StringComparison.OrdinalIgnoreCase));
    }

    public static bool Blocks(ConditionalAccessPolicy p) => Has(p.BuiltInControls, "block");

    public static bool TargetsLegacyClients(ConditionalAccessPolicy p) =>
        Has(p.ClientAppTypes, "exchangeActiveSync") && Has(p.ClientAppTypes, "other");

    /// <summary>Excluded users and groups are all break-glass accounts (named by object id in <c>breakGlassAccounts</c>).</summary>
    public static bool ExcludesOnlyBreakGlass(ConditionalAccessPolicy p, IReadOnlySet<string> breakGlass) =>
        p.ExcludeUsers.All(breakGlass.Contains) && p.ExcludeGroups.All(breakGlass.Contains);

    /// <summary>Why a policy that would otherwise qualify does not enforce, or null when it does.</summary>
    public static string? Shortfall(ConditionalAccessPolicy p, IReadOnlySet<string> breakGlass, bool rolesMayBeExcluded = false)
    {
        if (!p.IsEnabled)
            return $"{Name(p)}: state is {p.State}";
        if (!ExcludesOnlyBreakGlass(p, breakGlass))
            return $"{Name(p)}: excludes users or groups that are not break-glass accounts";
        if (!rolesMayBeExcluded && p.ExcludeRoles.Count > 0)
            return $"{Name(p)}: excludes directory roles";
        return null;
    }

    public static string Name(ConditionalAccessPolicy p) => p.DisplayName ?? p.Id;

    public static IReadOnlyList<string> Names(IEnumerable<ConditionalAccessPolicy> policies) =>
        policies.Select(Name).Order(StringComparer.Ordinal).ToList();

    private static bool Has(IReadOnlyList<string> values, string value) =>
        values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
}
