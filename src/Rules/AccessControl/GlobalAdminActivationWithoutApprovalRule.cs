using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>ENT-PRIV-05: activating the Global Administrator role in PIM does not require approval.</summary>
public sealed class GlobalAdminActivationWithoutApprovalRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PRIV-05",
        Title = "Global Administrator activation without approval",
        MessageFormat = "{resource}: activating Global Administrator in PIM does not require approval.",
        PassMessageFormat = "{resource}: activating Global Administrator in PIM requires approval.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "An eligible Global Administrator should not be able to activate the role alone: a second person approves each " +
                      "activation (PIM role setting 'Require approval to activate', rule Approval_EndUser_Assignment). Tenants " +
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

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.GlobalAdminActivationRequiresApproval != null;

    protected override string MissingData(EntraTenant tenant) =>
        "the PIM role setting for Global Administrator (roleManagementPolicyAssignments, rule Approval_EndUser_Assignment) was not reported";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => t.GlobalAdminActivationRequiresApproval == false;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("activationRequiresApproval", t.GlobalAdminActivationRequiresApproval),
        ("pimAvailable", t.PimAvailable));

    protected override string RemediationFor(EntraTenant t) =>
        "Identity Governance > Privileged Identity Management > Microsoft Entra roles > Settings > Global Administrator > Edit > Activation: " +
        "tick 'Require approval to activate' and select at least two approvers (not the eligible admins themselves). " +
        "Find the policy with: Get-MgPolicyRoleManagementPolicyAssignment -Filter \"scopeId eq '/' and scopeType eq 'DirectoryRole' and " +
        $"roleDefinitionId eq '{EntraRoleIds.GlobalAdministrator}'\" -ExpandProperty 'policy($expand=rules)', then update its rule " +
        "'Approval_EndUser_Assignment' with Update-MgPolicyRoleManagementPolicyRule (setting.isApprovalRequired = $true and the approvers).";
}
