using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.People;

/// <summary>The controls every PERSON-* rule evidences: identity management, access rights, privileged access.</summary>
internal static class PersonControls
{
    public static readonly IReadOnlyList<ControlReference> All =
    [
        Controls.IdentityManagement, Controls.AccessRights, Controls.PrivilegedAccess,
        Controls.OrgIdentityManagement, Controls.OrgAccessRights, Controls.OrgAccess,
    ];
}
