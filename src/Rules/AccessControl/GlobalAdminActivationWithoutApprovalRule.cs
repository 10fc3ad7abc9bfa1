using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>
/// ENT-PRIV-05: activating the Global Administrator role in PIM does not require approval — directly (the role's PIM
/// setting) or through PIM for Groups (a group holding the role whose eligible members activate membership unapproved).
/// </summary>
public sealed class GlobalAdminActivationWithoutApprovalRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PRIV-05",
        Title = "Global Administrator activation without approval",
        MessageFormat = "{resource}: Global Administrator can be activated in PIM without approval ({unapprovedPaths}).",
        PassMessageFormat = "{resource}: activating Global Administrator in PIM requires approval.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "An eligible Global Administrator should not be able to activate the role alone: a second person approves each " +
                      "activation (PIM role setting 'Require approval to activate', rule Approval_EndUser_Assignment). The same holds for " +
                      "PIM for Groups: a role-assignable group that holds Global Administrator and has members eligible to activate " +
                      "membership must require approval for member activation, or the role is reached around its own setting. Tenants " +
                      "without PIM (Entra ID P2) are not applicable here — their Global Administrators are permanently active, which " +
                      "ENT-PRIV-03 reports.",
        RemediationSummary = "In PIM, set 'Require approval to activate' for Global Administrator and name at least two approvers.",
        Controls = [Controls.PrivilegedAccess, Controls.CloudPrivilegedAccess, Controls.OrgAccess],
        Benchmarks =
        [
            new("CIS M365 5.3.4", "approval required for Global Administrator activation"), new("CISA ScubaGear", "MS.AAD.7.6v1"),
            new("Prowler", "entra_pim_global_administrator_approval_required"),
        ],
        RequiredData = [Datasets.EntraPim],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> Scope => t => t.PimAvailable != false;

    protected override string? NotApplicable(EntraTenant tenant) =>
        "PIM not available (no Entra ID P2): Global Administrator is not activated through PIM; standing assignments are reported by ENT-PRIV-03";

    // PimGroups null (PIM for Groups not collected, e.g. a snapshot from before it was) is unknown, never "no group".
    protected override Expression<Func<EntraTenant, bool>> DataPresent => t =>
        t.GlobalAdminActivationRequiresApproval != null && t.PimGroups != null && !GroupsWithUnknownApproval(t).Any();

    protected override string MissingData(EntraTenant tenant) => tenant.GlobalAdminActivationRequiresApproval is null
        ? "the PIM role setting for Global Administrator (roleManagementPolicyAssignments, rule Approval_EndUser_Assignment) was not reported"
        : tenant.PimGroups is null
            ? "PIM for Groups (eligibility and member-activation settings of the groups holding Global Administrator) was not reported"
            : $"the member-activation approval setting of group(s) {string.Join(", ", GroupsWithUnknownApproval(tenant).Select(Name))} was not reported";

    // A setting saying "no approval" is a certain failure whatever else is missing.
    protected override bool FailStandsWithout(EntraTenant t, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) =>
        t.GlobalAdminActivationRequiresApproval == false || UnapprovedGroups(t).Any();

    protected override Expression<Func<EntraTenant, bool>> Violation => t =>
        t.GlobalAdminActivationRequiresApproval == false || UnapprovedGroups(t).Any();

    private static IEnumerable<PimGroup> GlobalAdminGroups(EntraTenant t) =>
        (t.PimGroups ?? []).Where(g => g.EligibleMembers > 0
                                       && g.RoleTemplateIds.Contains(EntraRoleIds.GlobalAdministrator, StringComparer.OrdinalIgnoreCase));

    private static IEnumerable<PimGroup> UnapprovedGroups(EntraTenant t) => GlobalAdminGroups(t).Where(g => g.ActivationRequiresApproval == false);

    private static IEnumerable<PimGroup> GroupsWithUnknownApproval(EntraTenant t) => GlobalAdminGroups(t).Where(g => g.ActivationRequiresApproval is null);

    private static string Name(PimGroup g) => g.DisplayName is { } name ? $"'{name}' ({g.GroupId})" : g.GroupId;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("activationRequiresApproval", t.GlobalAdminActivationRequiresApproval),
        ("pimAvailable", t.PimAvailable),
        ("groupsWithoutApproval", UnapprovedGroups(t).Select(Name).Order(StringComparer.Ordinal).ToList()),
        ("unapprovedPaths", string.Join(", ", (t.GlobalAdminActivationRequiresApproval == false ? ["the role's own PIM setting"] : Array.Empty<string>())
            .Concat(UnapprovedGroups(t).Select(g => $"PIM for Groups through group {Name(g)}")))));

    protected override string RemediationFor(EntraTenant t) =>
        "Identity Governance > Privileged Identity Management > Microsoft Entra roles > Settings > Global Administrator > Edit > Activation: " +
        "tick 'Require approval to activate' and select at least two approvers (not the eligible admins themselves). " +
        "Find the policy with: Get-MgPolicyRoleManagementPolicyAssignment -Filter \"scopeId eq '/' and scopeType eq 'DirectoryRole' and " +
        $"roleDefinitionId eq '{EntraRoleIds.GlobalAdministrator}'\" -ExpandProperty 'policy($expand=rules)', then update its rule " +
        "'Approval_EndUser_Assignment' with Update-MgPolicyRoleManagementPolicyRule (setting.isApprovalRequired = $true and the approvers). " +
        string.Concat(UnapprovedGroups(t).Select(g =>
            $"Group {Name(g)}: Identity Governance > Privileged Identity Management > Groups > the group > Settings > Member > Edit: tick 'Require approval to activate'; " +
            $"Get-MgPolicyRoleManagementPolicyAssignment -Filter {Shell.PsFilter(("scopeId", g.GroupId), ("scopeType", "Group"), ("roleDefinitionId", "member"))} -ExpandProperty 'policy($expand=rules)'. "));
}
