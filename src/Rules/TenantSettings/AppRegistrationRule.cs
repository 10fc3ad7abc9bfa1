using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-APP-01: users who are not administrators may register applications.</summary>
public sealed class AppRegistrationRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-APP-01",
        Title = "Users may register applications",
        MessageFormat = "{resource}: users who are not administrators may register applications (allowedToCreateApps = true).",
        PassMessageFormat = "{resource}: only administrators may register applications.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "An application registered by any user can be given credentials and permissions outside any review, and used to " +
                      "phish consent or persist access. authorizationPolicy.defaultUserRolePermissions.allowedToCreateApps must be false, " +
                      "so that only holders of an application-developer or administrator role register applications.",
        RemediationSummary = "User settings > Users can register applications = No.",
        Controls = [Controls.AccessControl, Controls.CloudServices, Controls.OrgAccessControl, Controls.OrgCloudServices],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.5.1v1"), new("CIS M365 5.1.2.2", "third-party integrated applications not allowed")],
        RequiredData = [Datasets.EntraAuthorizationPolicy],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.Authorization != null && t.Authorization.AllowedToCreateApps != null;

    protected override string MissingData(EntraTenant tenant) => "the authorization policy (defaultUserRolePermissions.allowedToCreateApps) was not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => t.Authorization!.AllowedToCreateApps == true;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("allowedToCreateApps", t.Authorization?.AllowedToCreateApps));

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Identity > Users > User settings: Users can register applications = No (give developers the " +
        "Application Developer role instead). PowerShell: Update-MgPolicyAuthorizationPolicy -DefaultUserRolePermissions @{ allowedToCreateApps = $false }.";
}
