using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.People.Internal;

/// <summary>The access-review rows of service principals and managed identities holding highly privileged directory roles.</summary>
internal static class ServicePrincipalRows
{
    private static readonly HashSet<string> HighlyPrivileged = new(Configuration.EntraRoleIds.HighlyPrivileged, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<AccessReviewRow> Of(FactSnapshot snapshot)
    {
        var titles = RoleTitles(snapshot);
        return snapshot.Facts.EntraTenants.SelectMany(t => Of(t, titles));
    }

    // Not people, but privileged grants all the same (ENT-PRIV-09 judges them). Only the highly privileged roles: an app
    // reading the directory (Directory Readers) is routine, not privileged access to review.
    private static IEnumerable<AccessReviewRow> Of(EntraTenant tenant, Dictionary<string, string> titles) =>
        (tenant.ServicePrincipalRoles ?? []).SelectMany(sp => sp.RoleTemplateIds.Where(HighlyPrivileged.Contains).Select(role => new AccessReviewRow
        {
            Person = $"(service principal {sp.DisplayName ?? sp.Id})",
            PersonState = "service principal",
            Provider = "entra",
            Grant = titles.GetValueOrDefault(role, role),
            GrantType = "Entra role (active)",
            Scope = tenant.TenantId,
            Identity = sp.AppId is { } app ? $"{sp.Id} (app {app})" : sp.Id,
            HeldThrough = sp.ServicePrincipalType is { } type ? $"direct ({type})" : "direct",
            Source = tenant.SourceId,
            Mfa = "n/a",
        }));

    // Service principals' roles come as template ids: named as the directory names them where a user holds the same role.
    private static Dictionary<string, string> RoleTitles(FactSnapshot snapshot)
    {
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (snapshot.Facts.EntraTenants.All(t => t.ServicePrincipalRoles is not { Count: > 0 }))
            return titles;
        foreach (var user in snapshot.Facts.EntraUsers)
        {
            foreach (var role in user.Roles)
            {
                if (role.RoleName is { } name)
                    titles.TryAdd(role.RoleTemplateId, name);
            }
        }
        return titles;
    }
}
