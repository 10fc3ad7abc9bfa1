using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// What a conditional-access policy enforces, read the way CIS M365 5.2.2.x and ScubaGear MS.AAD.1/3 read it:
/// only an enabled policy counts (report-only does not), and it must not leave a way around its control.
/// </summary>
internal static class ConditionalAccess
{
    public static bool TargetsAllUsers(ConditionalAccessPolicy p) => Has(p.IncludeUsers, "All");

    public static bool TargetsAllApps(ConditionalAccessPolicy p) => Has(p.IncludeApplications, "All") && p.ExcludeApplications.Count == 0;

    /// <summary>
    /// MFA is required and nothing weaker can be satisfied instead: the grant's alternatives (operator OR) are all
    /// <c>mfa</c> or an MFA authentication strength, or (operator AND) one of the required controls is. A strength whose
    /// combinations are unknown never counts.
    /// </summary>
    public static bool RequiresMfa(ConditionalAccessPolicy p, IReadOnlyList<AuthenticationStrength>? strengths) =>
        Requires(p, strengths, c => string.Equals(c, "mfa", StringComparison.OrdinalIgnoreCase), AuthenticationStrengths.IsMfa);

    /// <summary>As <see cref="RequiresMfa"/>, with only a phishing-resistant strength counting (no built-in control is).</summary>
    public static bool RequiresPhishingResistantMfa(ConditionalAccessPolicy p, IReadOnlyList<AuthenticationStrength>? strengths) =>
        Requires(p, strengths, _ => false, AuthenticationStrengths.IsPhishingResistant);

    private static bool Requires(ConditionalAccessPolicy p, IReadOnlyList<AuthenticationStrength>? strengths, Func<string, bool> control,
        Func<IReadOnlyList<string>, bool> strong)
    {
        var combinations = p.AuthenticationStrength is null && p.AuthenticationStrengthId is null ? null : AuthenticationStrengths.Resolve(p, strengths);
        var strengthStrong = combinations is not null && strong(combinations);
        var hasStrength = p.AuthenticationStrength is not null || p.AuthenticationStrengthId is not null;
        if (string.Equals(p.GrantOperator, "AND", StringComparison.OrdinalIgnoreCase))
            return p.BuiltInControls.Any(control) || strengthStrong;
        if (p.BuiltInControls.Count == 0 && !hasStrength)
            return false;
        return p.BuiltInControls.All(control) && (!hasStrength || strengthStrong);
    }

    /// <summary>A policy names an authentication strength that cannot be resolved because the strengths were not read.</summary>
    public static bool StrengthUnresolved(ConditionalAccessPolicy p, IReadOnlyList<AuthenticationStrength>? strengths) =>
        (p.AuthenticationStrength is not null || p.AuthenticationStrengthId is not null) && strengths is null;

    public static bool Blocks(ConditionalAccessPolicy p) => Has(p.BuiltInControls, "block");

    /// <summary>
    /// Access needs a managed device — compliant (Intune) or Microsoft Entra hybrid joined — and nothing else can be
    /// satisfied instead: with OR every control is one of the two; with AND one of them is required.
    /// </summary>
    public static bool RequiresManagedDevice(ConditionalAccessPolicy p)
    {
        static bool Managed(string c) => string.Equals(c, "compliantDevice", StringComparison.OrdinalIgnoreCase)
                                         || string.Equals(c, "domainJoinedDevice", StringComparison.OrdinalIgnoreCase);
        if (string.Equals(p.GrantOperator, "AND", StringComparison.OrdinalIgnoreCase))
            return p.BuiltInControls.Any(Managed);
        return p.BuiltInControls.Count > 0 && p.BuiltInControls.All(Managed) && p.AuthenticationStrength is null && p.AuthenticationStrengthId is null;
    }

    /// <summary>The policy applies to the user action (<c>urn:user:registersecurityinfo</c>, …).</summary>
    public static bool TargetsUserAction(ConditionalAccessPolicy p, string action) => Has(p.IncludeUserActions, action);

    /// <summary>The authentication-flows condition names the device-code flow.</summary>
    public static bool TargetsDeviceCodeFlow(ConditionalAccessPolicy p) => Has(p.AuthenticationFlowTransferMethods, "deviceCodeFlow");

    public static bool TargetsLegacyClients(ConditionalAccessPolicy p) =>
        Has(p.ClientAppTypes, "exchangeActiveSync") && Has(p.ClientAppTypes, "other");

    /// <summary>
    /// Why the policy leaves out someone who is not a break-glass account (ScubaGear: exclusions only through
    /// configuration), or null when it does not: an excluded user, an excluded group whose members are not all
    /// break-glass accounts (or unknown), or any excluded kind of guest or external user.
    /// </summary>
    public static string? NonBreakGlassExclusion(ConditionalAccessPolicy p, BreakGlass breakGlass)
    {
        if (p.ExcludeGuestOrExternalUserTypes.Count > 0)
            return $"excludes guests or external users ({string.Join(", ", p.ExcludeGuestOrExternalUserTypes)})";
        if (p.ExcludeUsers.FirstOrDefault(u => !breakGlass.ContainsUser(u, p.ExcludeUserPrincipalNames)) is { } user)
            return $"excludes user {p.ExcludeUserPrincipalNames.GetValueOrDefault(user, user)}, not a break-glass account";
        foreach (var group in p.ExcludeGroups)
        {
            switch (breakGlass.ExcludedGroupIsBreakGlass(p, group))
            {
                case false:
                    return $"excludes group {group}, whose members are not all break-glass accounts";
                case null:
                    return $"excludes group {group}, whose members could not be read";
            }
        }
        return null;
    }

    /// <summary>Modern clients (browser and apps) are covered: client app types <c>all</c>, or both modern types.</summary>
    public static bool TargetsModernClients(ConditionalAccessPolicy p) =>
        Has(p.ClientAppTypes, "all") || (Has(p.ClientAppTypes, "browser") && Has(p.ClientAppTypes, "mobileAppsAndDesktopClients"));

    /// <summary>Applies wherever and however the sign-in happens: no location, platform or risk condition narrows it.</summary>
    public static bool Unconditional(ConditionalAccessPolicy p) =>
        (p.IncludeLocations.Count == 0 || Has(p.IncludeLocations, "All")) && p.ExcludeLocations.Count == 0
        && (p.IncludePlatforms.Count == 0 || Has(p.IncludePlatforms, "all")) && p.ExcludePlatforms.Count == 0
        && p.SignInRiskLevels.Count == 0 && p.UserRiskLevels.Count == 0;

    /// <summary>As <see cref="Unconditional"/>, but the risk levels may be set (they are what a risk policy is about).</summary>
    public static bool UnconditionalButRisk(ConditionalAccessPolicy p) =>
        Unconditional(p with { SignInRiskLevels = [], UserRiskLevels = [] });

    /// <summary>Why a policy that would otherwise qualify does not enforce, or null when it does.</summary>
    public static string? Shortfall(ConditionalAccessPolicy p, BreakGlass breakGlass, bool rolesMayBeExcluded = false, bool riskMayNarrow = false)
    {
        if (!p.IsEnabled)
            return $"{Name(p)}: state is {p.State}";
        if (!(riskMayNarrow ? UnconditionalButRisk(p) : Unconditional(p)))
            return $"{Name(p)}: applies only under location, platform or risk conditions";
        if (NonBreakGlassExclusion(p, breakGlass) is { } exclusion)
            return $"{Name(p)}: {exclusion}";
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

    internal static bool Has(IReadOnlyList<string> values, string value) =>
        values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
}
