using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>
/// Base of ENT-PIM-01..03: PIM notification rules of the highly privileged roles must name recipients beyond the
/// defaults (ScubaGear counts <c>notificationRecipients</c>). A tenant without PIM (no Entra ID P2) is not applicable —
/// never a pass.
/// </summary>
public abstract class PimNotificationRule : FactRule<EntraTenant>
{
    /// <summary>The roles this rule judges.</summary>
    protected abstract bool Judges(RoleNotificationSettings role);

    /// <summary>The alert a role lacks, or null when it has its recipients.</summary>
    protected abstract string? Lacking(RoleNotificationSettings role);

    protected abstract string Setting { get; }

    protected override Expression<Func<EntraTenant, bool>> Scope => t => t.PimAvailable != false;

    protected override string? NotApplicable(EntraTenant tenant) =>
        "PIM not available (no Microsoft Entra ID P2 or Governance licence): no PIM role settings send alerts";

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.PimNotifications != null && HasJudged(t);

    private bool HasJudged(EntraTenant t) => (t.PimNotifications ?? []).Any(Judges);

    protected override string MissingData(EntraTenant tenant) =>
        "the PIM role settings of the highly privileged roles (roleManagementPolicyAssignments with rules) were not reported";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => Offenders(t).Count > 0;

    private List<string> Offenders(EntraTenant t) =>
        [.. (t.PimNotifications ?? []).Where(Judges).Select(r => Lacking(r) is { } lack ? $"{r.RoleName ?? AccessControl.RoleNames.Of(r.RoleTemplateId)} ({lack})" : null)
            .OfType<string>().Order(StringComparer.Ordinal)];

    protected static bool Empty(IReadOnlyList<string>? recipients) => recipients is null || recipients.Count == 0;

    protected static bool IsGlobalAdministrator(RoleNotificationSettings r) =>
        string.Equals(r.RoleTemplateId, EntraRoleIds.GlobalAdministrator, StringComparison.OrdinalIgnoreCase);

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("rolesWithoutAlert", string.Join(", ", Offenders(t))),
        ("rolesChecked", (t.PimNotifications ?? []).Count(Judges)),
        ("pimAvailable", t.PimAvailable));

    protected override string RemediationFor(EntraTenant t) =>
        "Identity Governance > Privileged Identity Management > Microsoft Entra roles > Settings > <role> > Edit > Notification: " +
        $"{Setting}: add the security team's mailbox under Additional recipients, for " + string.Join(", ", Offenders(t)) + ". " +
        "PowerShell: find the policy with Get-MgPolicyRoleManagementPolicyAssignment -Filter \"scopeId eq '/' and scopeType eq 'DirectoryRole' and " +
        "roleDefinitionId eq '<role template id>'\" -ExpandProperty 'policy($expand=rules)', then Update-MgPolicyRoleManagementPolicyRule on the " +
        "notification rule with notificationRecipients = @('<security mailbox>').";
}
