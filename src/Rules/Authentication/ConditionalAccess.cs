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

    /// <summary>Modern clients (browser and apps) are covered: client app types <c>all</c>, or both modern types.</summary>
    public static bool TargetsModernClients(ConditionalAccessPolicy p) =>
        Has(p.ClientAppTypes, "all") || (Has(p.ClientAppTypes, "browser") && Has(p.ClientAppTypes, "mobileAppsAndDesktopClients"));

    /// <summary>Applies wherever and however the sign-in happens: no location, platform or risk condition narrows it.</summary>
    public static bool Unconditional(ConditionalAccessPolicy p) =>
        (p.IncludeLocations.Count == 0 || Has(p.IncludeLocations, "All")) && p.ExcludeLocations.Count == 0
        && (p.IncludePlatforms.Count == 0 || Has(p.IncludePlatforms, "all")) && p.ExcludePlatforms.Count == 0
        && p.SignInRiskLevels.Count == 0 && p.UserRiskLevels.Count == 0;

    /// <summary>Why a policy that would otherwise qualify does not enforce, or null when it does.</summary>
    public static string? Shortfall(ConditionalAccessPolicy p, IReadOnlySet<string> breakGlass, bool rolesMayBeExcluded = false)
    {
        if (!p.IsEnabled)
            return $"{Name(p)}: state is {p.State}";
        if (!Unconditional(p))
            return $"{Name(p)}: applies only under location, platform or risk conditions";
        if (!ExcludesOnlyBreakGlass(p, breakGlass))
            return $"{Name(p)}: excludes users or groups that are not break-glass accounts";
        if (!rolesMayBeExcluded && p.ExcludeRoles.Count > 0)
            return $"{Name(p)}: excludes directory roles";
        return null;
    }

    public static string Name(ConditionalAccessPolicy p) => p.DisplayName ?? p.Id;

    /// <summary>What does the enforcing, for a pass message: security defaults and/or the policies by name.</summary>
    public static string EnforcedBy(bool? securityDefaultsEnabled, IEnumerable<ConditionalAccessPolicy> policies)
    {
        var names = Names(policies).Select(n => $"policy '{n}'");
        var parts = securityDefaultsEnabled == true ? names.Prepend("security defaults") : names;
        return string.Join(", ", parts) is { Length: > 0 } text ? text : "nothing";
    }

    public static IReadOnlyList<string> Names(IEnumerable<ConditionalAccessPolicy> policies) =>
        policies.Select(Name).Order(StringComparer.Ordinal).ToList();

    private static bool Has(IReadOnlyList<string> values, string value) =>
        values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
}
