using System.Text.Json;
using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Collectors.Azure.Internal;

internal sealed record RoleFinding(IReadOnlyList<AzureRoleHolder> Holders, int AssignmentCount);

/// <summary>
/// Lists role assignments that apply at a subscription (Microsoft.Authorization/roleAssignments, api-version
/// 2022-04-01, <c>atScope()</c>: at the subscription and inherited from above) through the ARM pipeline, and keeps
/// the holders of the privileged built-in roles. ARM does not say whether a user is a guest: IsGuest stays false.
/// </summary>
internal static class RoleAssignmentLister
{
    private static readonly Dictionary<string, string> PrivilegedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"] = "Owner",
        ["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"] = "User Access Administrator",
        ["b24988ac-6180-42a0-ab88-20f7382dd24c"] = "Contributor",
    };

    public static async Task<RoleFinding> ListAsync(ArmConnection arm, string subscriptionId, CancellationToken ct)
    {
        var (holders, count) = await ArmPager.ListAsync(arm,
            $"subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=atScope()",
            Holder, ct);
        return new RoleFinding([.. holders.OrderBy(h => h.RoleName, StringComparer.Ordinal).ThenBy(h => h.PrincipalId, StringComparer.Ordinal)], count);
    }

    private static AzureRoleHolder? Holder(JsonElement assignment)
    {
        var properties = assignment.GetProperty("properties");
        var definition = ArmPager.String(properties, "roleDefinitionId") ?? string.Empty;
        if (!PrivilegedRoles.TryGetValue(definition[(definition.LastIndexOf('/') + 1)..], out var role))
            return null;
        return new AzureRoleHolder
        {
            PrincipalId = ArmPager.String(properties, "principalId") ?? string.Empty,
            PrincipalType = ArmPager.String(properties, "principalType"),
            RoleName = role,
            Scope = ArmPager.String(properties, "scope"),
        };
    }
}
