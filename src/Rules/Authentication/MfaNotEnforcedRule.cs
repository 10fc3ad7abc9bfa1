using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// ENT-MFA-05: the tenant does not enforce MFA for everyone — security defaults are off and no enabled
/// conditional-access policy requires MFA for all users and all applications with only break-glass exclusions.
/// </summary>
public sealed class MfaNotEnforcedRule : TenantPolicyRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-MFA-05",
        Title = "MFA not enforced tenant-wide",
        MessageFormat = "{resource} does not enforce MFA for all users: security defaults are off and no enabled conditional-access policy " +
                        "requires MFA for all users and all applications.",
        PassMessageFormat = "{resource} enforces MFA for all users through {enforcedBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Registering MFA is not enough: sign-ins must require it (ISMS-A-04: 二段階認証). Either security defaults are on, " +
                      "or an enabled conditional-access policy — not report-only — targets all users, all applications and all modern client " +
                      "apps without location, platform or risk conditions, grants access only with MFA or an authentication strength " +
                      "every combination of which is multifactor (a strength allowing password or SMS alone does not count), excludes no role and " +
                      "no guests or external users, and excludes only break-glass accounts (breakGlassAccounts: UPNs, user ids or group ids).",
        RemediationSummary = "Create (or switch on) a conditional-access policy requiring MFA for all users and all cloud apps, excluding only break-glass accounts; without Entra ID P1, enable security defaults.",
        Controls = [Controls.SecureAuthentication, Controls.AuthenticationInformation, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks =
        [
            new("CIS M365 5.2.2.2", "MFA for all users"), new("CIS Azure 6.2.4 (v4) / 2.2.5 (v3)", "MFA for all users"),
            new("CISA ScubaGear", "MS.AAD.3.2v2"),
        ],
        RequiredData = [Datasets.EntraSecurityDefaults, Datasets.EntraConditionalAccess, Datasets.EntraAuthenticationStrengths],
        Parameters = [SharedParameters.BreakGlassAccounts],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool ReadsStrengths => true;

    protected override bool IsCandidate(ConditionalAccessPolicy p, EntraTenant t) =>
        ConditionalAccess.TargetsAllUsers(p) && ConditionalAccess.TargetsAllApps(p) && ConditionalAccess.TargetsModernClients(p)
        && ConditionalAccess.RequiresMfa(p, t.AuthenticationStrengths);

    protected override string NewPolicySteps(EntraTenant t) =>
        "Microsoft Entra admin center > Protection > Conditional Access > Create new policy: Users = All users (exclude only the break-glass accounts), " +
        "Target resources = All cloud apps, Grant = Require multifactor authentication (or an authentication strength), Enable policy = On. " +
        "PowerShell: New-MgIdentityConditionalAccessPolicy -BodyParameter @{ displayName = 'Require MFA for all users'; state = 'enabled'; " +
        "conditions = @{ clientAppTypes = @('all'); applications = @{ includeApplications = @('All') }; users = @{ includeUsers = @('All'); excludeUsers = @('<break-glass object ids>') } }; " +
        "grantControls = @{ operator = 'OR'; builtInControls = @('mfa') } }. " +
        $"Tenants without Entra ID P1: enable security defaults for {t.DisplayName ?? t.TenantId} (Identity > Overview > Properties > Manage security defaults).";
}
