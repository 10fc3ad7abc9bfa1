using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-PIM-01: assigning a highly privileged role (active or eligible) alerts no one beyond the defaults.</summary>
public sealed class PimAssignmentAlertRule : PimNotificationRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PIM-01",
        Title = "No alert when a highly privileged role is assigned",
        MessageFormat = "{resource}: assigning these roles alerts no additional recipient: {rolesWithoutAlert}.",
        PassMessageFormat = "{resource}: active and eligible assignments of the {rolesChecked} highly privileged roles alert additional recipients.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "A new holder of a highly privileged role is the first sign of a takeover or a mistake. In each highly privileged " +
                      "role's PIM settings, the notification rules Notification_Admin_Admin_Assignment (active assignment) and " +
                      "Notification_Admin_Admin_Eligibility (eligible assignment) must name notificationRecipients (for example the " +
                      "security team's mailbox), as ScubaGear checks MS.AAD.7.7v1. Not applicable without PIM (Entra ID P2).",
        RemediationSummary = "PIM role settings > Notification: 'Role assignment alert' for active and eligible assignments, with additional recipients.",
        Controls = [Controls.PrivilegedAccess, Controls.Monitoring, Controls.OrgAccess, Controls.OrgMonitoring],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.7.7v1")],
        RequiredData = [Datasets.EntraPimPolicies],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Setting => "'Send notifications when members are assigned as eligible to this role' and '… assigned as active' > Role assignment alert";

    protected override bool Judges(RoleNotificationSettings role) => EntraRoleIds.HighlyPrivileged.Contains(role.RoleTemplateId, StringComparer.OrdinalIgnoreCase);

    protected override string? Lacking(RoleNotificationSettings r) => (Empty(r.ActiveAssignmentRecipients), Empty(r.EligibleAssignmentRecipients)) switch
    {
        (true, true) => "active and eligible",
        (true, false) => "active",
        (false, true) => "eligible",
        _ => null,
    };
}
