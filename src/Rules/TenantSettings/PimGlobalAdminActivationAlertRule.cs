using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-PIM-02: activating Global Administrator alerts no one beyond the defaults.</summary>
public sealed class PimGlobalAdminActivationAlertRule : PimNotificationRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PIM-02",
        Title = "No alert when Global Administrator is activated",
        MessageFormat = "{resource}: activating Global Administrator alerts no additional recipient.",
        PassMessageFormat = "{resource}: activating Global Administrator alerts additional recipients.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "Every activation of Global Administrator should reach someone who can tell a planned change from an attack. The " +
                      "notification rule Notification_Admin_EndUser_Assignment of Global Administrator's PIM settings must name " +
                      "notificationRecipients, as ScubaGear checks MS.AAD.7.8v1. Not applicable without PIM (Entra ID P2).",
        RemediationSummary = "PIM role settings of Global Administrator > Notification: 'Role activation alert' with additional recipients.",
        Controls = [Controls.PrivilegedAccess, Controls.Monitoring, Controls.OrgAccess, Controls.OrgMonitoring],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.7.8v1")],
        RequiredData = [Datasets.EntraPimPolicies],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Setting => "'Send notifications when eligible members activate this role' > Role activation alert";

    protected override bool Judges(RoleNotificationSettings role) => IsGlobalAdministrator(role);

    protected override string? Lacking(RoleNotificationSettings r) => Empty(r.ActivationRecipients) ? "activation" : null;
}
