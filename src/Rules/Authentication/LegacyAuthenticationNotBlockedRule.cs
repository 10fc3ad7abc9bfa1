using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// ENT-AUTH-01: legacy authentication (Exchange ActiveSync and other basic-auth clients, which cannot do MFA) is
/// not blocked — security defaults are off and no enabled conditional-access policy blocks it for everyone.
/// </summary>
public sealed class LegacyAuthenticationNotBlockedRule : TenantPolicyRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-AUTH-01",
        Title = "Legacy authentication not blocked",
        MessageFormat = "{resource} does not block legacy authentication: security defaults are off and no enabled conditional-access policy " +
                        "blocks Exchange ActiveSync and other clients for all users and all applications.",
        PassMessageFormat = "{resource} blocks legacy authentication through {enforcedBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Legacy protocols (IMAP, POP3, SMTP AUTH, Exchange ActiveSync basic auth) accept a password alone, so they bypass MFA " +
                      "(ISMS-A-04: 二段階認証). Security defaults block them; otherwise an enabled conditional-access policy must block the " +
                      "client app types 'exchangeActiveSync' and 'other' for all users and all applications, without location, platform or " +
                      "risk conditions, excluding no role, no guests or external users, and only break-glass accounts.",
        RemediationSummary = "Create (or switch on) a conditional-access policy that blocks legacy authentication clients for all users and all cloud apps.",
        Controls = [Controls.SecureAuthentication, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks =
        [
            new("CIS M365 5.2.2.3", "legacy authentication blocked"), new("CISA ScubaGear", "MS.AAD.1.1v1"),
            new("Prowler", "entra_legacy_authentication_blocked"),
        ],
        RequiredData = [Datasets.EntraSecurityDefaults, Datasets.EntraConditionalAccess],
        Parameters = [SharedParameters.BreakGlassAccounts],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool IsCandidate(ConditionalAccessPolicy p, EntraTenant t) =>
        ConditionalAccess.TargetsAllUsers(p) && ConditionalAccess.TargetsAllApps(p)
        && ConditionalAccess.TargetsLegacyClients(p) && ConditionalAccess.Blocks(p);

    protected override string NewPolicySteps(EntraTenant t) =>
        "Microsoft Entra admin center > Protection > Conditional Access > Create new policy: Users = All users (exclude only the break-glass accounts), " +
        "Target resources = All cloud apps, Conditions > Client apps = Exchange ActiveSync clients + Other clients, Grant = Block access, Enable policy = On. " +
        "PowerShell: New-MgIdentityConditionalAccessPolicy -BodyParameter @{ displayName = 'Block legacy authentication'; state = 'enabled'; " +
        "conditions = @{ clientAppTypes = @('exchangeActiveSync','other'); applications = @{ includeApplications = @('All') }; users = @{ includeUsers = @('All'); excludeUsers = @('<break-glass object ids>') } }; " +
        "grantControls = @{ operator = 'OR'; builtInControls = @('block') } }. " +
        $"Tenants without Entra ID P1: enable security defaults for {t.DisplayName ?? t.TenantId}.";
}
