using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-APP-02: users may consent to applications themselves.</summary>
public sealed class UserConsentRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-APP-02",
        Title = "Users may consent to applications",
        MessageFormat = "{resource}: users may consent to applications on their own ({userConsentPolicies}).",
        PassMessageFormat = "{resource}: only administrators may consent to applications.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Consent phishing gets a malicious application access to a user's mail and files through one click. Only " +
                      "administrators may consent: authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned must " +
                      "hold no 'ManagePermissionGrantsForSelf.*' policy (user consent settings = Do not allow user consent). This reads the " +
                      "baseline's wording for MS.AAD.5.2v1; it is stricter than ScubaGear's Rego, which also accepts consent to low-impact " +
                      "permissions from verified publishers when no risky permission is classified low.",
        RemediationSummary = "Enterprise applications > Consent and permissions > User consent settings = Do not allow user consent; use the admin consent workflow (ENT-APP-03).",
        Controls = [Controls.AccessControl, Controls.CloudServices, Controls.AccessRights, Controls.OrgAccessControl, Controls.OrgCloudServices],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.5.2v1"), new("CIS M365 5.1.5.1", "user consent to apps accessing company data not allowed")],
        RequiredData = [Datasets.EntraAuthorizationPolicy],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.Authorization != null;

    protected override string MissingData(EntraTenant tenant) => "the authorization policy was not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => ConsentPolicies.UserConsent(t).Count > 0;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("userConsentPolicies", string.Join(", ", ConsentPolicies.UserConsent(t))),
        ("permissionGrantPoliciesAssigned", t.Authorization?.PermissionGrantPoliciesAssigned));

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Identity > Applications > Enterprise applications > Consent and permissions > User consent settings: " +
        "Do not allow user consent. PowerShell: Update-MgPolicyAuthorizationPolicy -DefaultUserRolePermissions @{ permissionGrantPoliciesAssigned = @(" +
        string.Join(", ", (t.Authorization?.PermissionGrantPoliciesAssigned ?? []).Where(p => !p.StartsWith(ConsentPolicies.ForSelf, StringComparison.OrdinalIgnoreCase)).Select(Shell.Ps)) +
        ") } (keeps the other policies, drops " + string.Join(", ", ConsentPolicies.UserConsent(t)) + ").";
}
