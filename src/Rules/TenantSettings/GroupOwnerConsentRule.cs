using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-APP-04: group and team owners may consent to applications accessing their group's data.</summary>
public sealed class GroupOwnerConsentRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-APP-04",
        Title = "Group owners may consent to applications",
        MessageFormat = "{resource}: group owners may consent to applications ({ownerConsent}).",
        PassMessageFormat = "{resource}: group and team owners may not consent to applications.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "A group or team owner who consents lets an application read the group's mail, files and chats. Both places where " +
                      "Entra ID allows it must say no: the 'Consent Policy Settings' directory setting EnableGroupSpecificConsent must " +
                      "not be true (a tenant without that setting object has the template's default, false), and the default user role " +
                      "must hold no 'ManagePermissionGrantsForOwnedResource.*' policy other than the ones Microsoft or an administrator " +
                      "governs (Teams resource-specific consent managed by Microsoft, administrator pre-approved apps).",
        RemediationSummary = "Enterprise applications > Consent and permissions > User consent settings: Group owner consent = Do not allow.",
        Controls = [Controls.AccessControl, Controls.CloudServices, Controls.OrgAccessControl, Controls.OrgCloudServices],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.5.4v1"), new("CIS M365 5.1.5.3", "group owner consent not allowed")],
        RequiredData = [Datasets.EntraAuthorizationPolicy, Datasets.EntraDirectorySettings],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.Authorization != null && t.GroupSpecificConsentEnabled != null;

    protected override string MissingData(EntraTenant tenant) =>
        "the authorization policy or the directory settings (Consent Policy Settings) were not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => t.GroupSpecificConsentEnabled == true || ConsentPolicies.OwnerConsent(t).Count > 0;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("ownerConsent", string.Join(", ", OwnerConsent(t))),
        ("enableGroupSpecificConsent", t.GroupSpecificConsentEnabled));

    private static List<string> OwnerConsent(EntraTenant t) =>
        [.. (t.GroupSpecificConsentEnabled == true ? ["EnableGroupSpecificConsent = true"] : Array.Empty<string>()), .. ConsentPolicies.OwnerConsent(t)];

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Identity > Applications > Enterprise applications > Consent and permissions > User consent settings: " +
        "Group owner consent for apps accessing data = Do not allow group owner consent. " +
        (t.GroupSpecificConsentEnabled == true
            ? "PowerShell (directory setting): $s = Get-MgGroupSetting | Where-Object TemplateId -eq 'dffd5d46-495d-40a9-8e21-954ff55e198a'; " +
              "set its value EnableGroupSpecificConsent to 'false' with Update-MgGroupSetting -GroupSettingId $s.Id -Values $values. "
            : "") +
        (ConsentPolicies.OwnerConsent(t) is { Count: > 0 } policies
            ? "Remove " + string.Join(", ", policies.Select(Shell.Ps)) + " from permissionGrantPoliciesAssigned with Update-MgPolicyAuthorizationPolicy -DefaultUserRolePermissions."
            : "");
}
