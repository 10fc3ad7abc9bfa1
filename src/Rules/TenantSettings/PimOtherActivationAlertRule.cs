using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-PIM-03: activating a highly privileged role other than Global Administrator alerts no one beyond the defaults.</summary>
public sealed class PimOtherActivationAlertRule : PimNotificationRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PIM-03",
        Title = "No alert when another highly privileged role is activated",
        MessageFormat = "{resource}: activating these roles alerts no additional recipient: {rolesWithoutAlert}.",
        PassMessageFormat = "{resource}: activating any of the {rolesChecked} other highly privileged roles alerts additional recipients.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Note,
        Description = "Activations of the other highly privileged roles (Privileged Role Administrator, Security Administrator, …) should " +
                      "alert too. The notification rule Notification_Admin_EndUser_Assignment of each of those roles' PIM settings must " +
                      "name notificationRecipients, as ScubaGear checks MS.AAD.7.9v1 (a SHOULD). Not applicable without PIM (Entra ID P2).",
        RemediationSummary = "PIM role settings of each highly privileged role > Notification: 'Role activation alert' with additional recipients.",
        Controls = [Controls.PrivilegedAccess, Controls.Monitoring, Controls.OrgAccess, Controls.OrgMonitoring],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.7.9v1")],
        RequiredData = [Datasets.EntraPimPolicies],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Setting => "'Send notifications when eligible members activate this role' > Role activation alert";

    protected override bool Judges(RoleNotificationSettings role) =>
        !IsGlobalAdministrator(role) && EntraRoleIds.HighlyPrivileged.Contains(role.RoleTemplateId, StringComparer.OrdinalIgnoreCase);

    protected override string? Lacking(RoleNotificationSettings r) => Empty(r.ActivationRecipients) ? "activation" : null;
}
