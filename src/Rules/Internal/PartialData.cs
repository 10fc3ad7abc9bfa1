using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Rules.Internal;

/// <summary>What a rule may still conclude when some of the data it reads is missing (three-valued: certain fails stay).</summary>
internal static class PartialData
{
    /// <summary>True when every missing dataset is one of <paramref name="datasets"/>.</summary>
    public static bool OnlyMissing(IReadOnlySet<string> missing, params string[] datasets) => missing.All(datasets.Contains);

    /// <summary>
    /// The user holds one of the roles through an active assignment (read from <c>entra.directoryRoles</c>): missing PIM
    /// data can only add eligible roles, so a violation about such a holder stands without it.
    /// </summary>
    public static bool HoldsActive(EntraUser user, IReadOnlySet<string>? roles = null) =>
        user.Roles.Any(r => !r.IsEligible && (roles is null || roles.Contains(r.RoleTemplateId)));
}
