using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>The Azure RBAC roles the subscription rules look at, by the role names the collector records.</summary>
internal static class AzureRoles
{
    public const string Owner = "Owner";
    public const string UserAccessAdministrator = "User Access Administrator";

    /// <summary>Roles that can grant themselves or anyone else any access to the subscription.</summary>
    public static bool CanGrantAccess(AzureRoleHolder holder) =>
        string.Equals(holder.RoleName, Owner, StringComparison.OrdinalIgnoreCase)
        || string.Equals(holder.RoleName, UserAccessAdministrator, StringComparison.OrdinalIgnoreCase);

    public static bool IsOwner(AzureRoleHolder holder) => string.Equals(holder.RoleName, Owner, StringComparison.OrdinalIgnoreCase);

    public static bool IsGuest(AzureRoleHolder holder) =>
        holder.IsGuest || string.Equals(holder.UserType, "Guest", StringComparison.OrdinalIgnoreCase);

    /// <summary>A user (or a principal of unknown type) whose guest status nobody resolved: it could be a guest.</summary>
    public static bool GuestStatusUnknown(AzureRoleHolder holder) =>
        !IsGuest(holder) && holder.UserType is null
        && (holder.PrincipalType is null || string.Equals(holder.PrincipalType, "User", StringComparison.OrdinalIgnoreCase));

    public static string Describe(AzureRoleHolder holder) =>
        $"{holder.PrincipalId} ({holder.PrincipalType ?? "unknown type"}{(IsGuest(holder) ? ", guest" : string.Empty)}): {holder.RoleName}";
}
