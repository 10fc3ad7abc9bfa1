using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>How the consent policies a default user holds (<c>permissionGrantPoliciesAssigned</c>) read.</summary>
internal static class ConsentPolicies
{
    /// <summary>User consent: "ManagePermissionGrantsForSelf.{policy}".</summary>
    public const string ForSelf = "ManagePermissionGrantsForSelf.";

    /// <summary>Group and team owner consent: "ManagePermissionGrantsForOwnedResource.{policy}".</summary>
    public const string ForOwnedResource = "ManagePermissionGrantsForOwnedResource.";

    // Teams resource-specific consent Microsoft manages, and apps an administrator pre-approved: an owner chooses nothing
    // outside what an administrator allowed, so ScubaGear's compliant example keeps them.
    private static readonly HashSet<string> AdministratorGoverned = new(StringComparer.OrdinalIgnoreCase)
    {
        ForOwnedResource + "microsoft-dynamically-managed-permissions-for-chat",
        ForOwnedResource + "microsoft-dynamically-managed-permissions-for-team",
        ForOwnedResource + "microsoft-pre-approval-apps-for-group",
        ForOwnedResource + "microsoft-pre-approval-apps-for-chat",
    };

    public static List<string> UserConsent(EntraTenant t) =>
        [.. (t.Authorization?.PermissionGrantPoliciesAssigned ?? []).Where(p => p.StartsWith(ForSelf, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];

    public static List<string> OwnerConsent(EntraTenant t) =>
        [.. (t.Authorization?.PermissionGrantPoliciesAssigned ?? [])
            .Where(p => p.StartsWith(ForOwnedResource, StringComparison.OrdinalIgnoreCase) && !AdministratorGoverned.Contains(p))
            .Order(StringComparer.Ordinal)];
}
