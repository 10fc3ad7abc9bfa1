using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>ENT-PRIV-04: an active assignment to a highly privileged role was made outside PIM.</summary>
public sealed class PrivilegedAssignmentOutsidePimRule : PrivilegedUserRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PRIV-04",
        Title = "Privileged role assigned outside PIM",
        MessageFormat = "{resource} holds {rolesOutsidePim} through an assignment made outside PIM.",
        PassMessageFormat = "{resource} holds {privilegedRoles} through PIM.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Assignments made outside Privileged Identity Management (directly in the role, by PowerShell or by an " +
                      "application) skip PIM's approval, justification, notification and expiry: PIM's own alert 'Roles are being " +
                      "assigned outside of PIM'. In PIM's schedule instances such an assignment has no start date. Every active " +
                      "assignment to a highly privileged role must show up as managed by PIM; when that cannot be told, the result is an Error.",
        RemediationSummary = "Re-create the assignment through PIM (eligible, or active with an end date) and remove the one made outside it; find who made it in the audit log.",
        Controls = [Controls.PrivilegedAccess, Controls.AccessRights, Controls.OrgAccess],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.7.5v1"), new("Entra PIM alert", "Roles are being assigned outside of PIM")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraDirectoryRoles, Datasets.EntraPim],
        Parameters = [SharedParameters.PrivilegedRoles],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool ViolationReadsPim => true;

    protected override Expression<Func<EntraUser, bool>> DataPresent => u => u.AccountEnabled != null && !ActivePrivileged(u).Any(r => r.ManagedByPim == null);

    protected override string MissingData(EntraUser u) =>
        u.AccountEnabled is null ? "accountEnabled was not reported for this privileged user"
        : "whether the privileged assignment was made through PIM is unknown (no PIM schedule data for it)";

    protected override Expression<Func<EntraUser, bool>> Violation => u => ActivePrivileged(u).Any(r => r.ManagedByPim == false);

    private IEnumerable<DirectoryRoleAssignment> ActivePrivileged(EntraUser u) =>
        u.Roles.Where(r => !r.IsEligible && Privileged.Contains(r.RoleTemplateId));

    private IReadOnlyList<string> OutsidePim(EntraUser u) =>
        RoleNames.Of(ActivePrivileged(u).Where(r => r.ManagedByPim == false).Select(r => r.RoleTemplateId));

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("rolesOutsidePim", OutsidePim(u)),
        ("privilegedRoles", PrivilegedRolesOf(u)));

    protected override string? CommandFor(EntraUser u)
    {
        var assignments = ActivePrivileged(u).Where(r => r.ManagedByPim == false)
            .Select(r => (Principal: r.ViaGroupId ?? u.Id, Role: r.RoleTemplateId)).Distinct().Order();
        return string.Join(" ", assignments.Select(a =>
            $"Get-MgRoleManagementDirectoryRoleAssignment -Filter {Shell.PsFilter(("principalId", a.Principal), ("roleDefinitionId", a.Role))} | " +
            "ForEach-Object { Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId $_.Id };"));
    }

    protected override string RemediationFor(EntraUser u)
    {
        var assignments = ActivePrivileged(u).Where(r => r.ManagedByPim == false)
            .Select(r => (Principal: r.ViaGroupId ?? u.Id, Role: r.RoleTemplateId)).Distinct().Order();
        return $"Find who assigned {string.Join(", ", OutsidePim(u))} to {u.UserPrincipalName} outside PIM (Audit logs, activity 'Add member to role outside of PIM'). " +
               "Re-create the assignment in Identity Governance > Privileged Identity Management > Microsoft Entra roles > Add assignments " +
               "(eligible, or active with an end date), then remove the one made outside PIM: " +
               string.Join(" ", assignments.Select(a =>
                   $"Get-MgRoleManagementDirectoryRoleAssignment -Filter {Shell.PsFilter(("principalId", a.Principal), ("roleDefinitionId", a.Role))} | " +
                   "ForEach-Object { Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId $_.Id };")) +
               " (For a role held through a group, the principal is the group: re-create the group's assignment through PIM.)";
    }
}
