using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// ENT-MFA-09: no enabled conditional-access policy requires a phishing-resistant authentication strength of all
/// users for all applications (ScubaGear MS.AAD.3.1v1).
/// </summary>
public sealed class PhishingResistantMfaNotEnforcedRule : TenantPolicyRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-MFA-09",
        Since = "0.4.1",
        Title = "Phishing-resistant MFA not enforced for all users",
        MessageFormat = "{resource} does not require phishing-resistant MFA of all users: no enabled conditional-access policy requires an " +
                        "authentication strength of only Windows Hello for Business, FIDO2 or certificate-based MFA for all users and all applications.",
        PassMessageFormat = "{resource} requires phishing-resistant MFA of all users through {enforcedBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Push, one-time codes and SMS can be relayed by a phishing proxy; only device-bound methods cannot. An enabled (not " +
                      "report-only) conditional-access policy must include all users, all applications and all modern client apps, without " +
                      "location, platform or risk conditions, and grant access only with an authentication strength whose every " +
                      "combination is Windows Hello for Business, FIDO2 or certificate-based multifactor authentication (resolved through " +
                      "the tenant's authentication strengths), excluding no role, no guests or external users, and only break-glass " +
                      "accounts. Security defaults do not require phishing-resistant methods. ENT-MFA-07 asks the same of administrators only.",
        RemediationSummary = "Require the built-in 'Phishing-resistant MFA' authentication strength for all users and all cloud apps, after users have registered such a method.",
        Controls = [Controls.SecureAuthentication, Controls.AuthenticationInformation, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.3.1v1")],
        RequiredData = [Datasets.EntraConditionalAccess, Datasets.EntraAuthenticationStrengths],
        Parameters = [SharedParameters.BreakGlassAccounts],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool ReadsStrengths => true;

    protected override bool SecurityDefaultsSuffice => false;

    protected override bool IsCandidate(ConditionalAccessPolicy p, EntraTenant t) =>
        ConditionalAccess.TargetsAllUsers(p) && ConditionalAccess.TargetsAllApps(p) && ConditionalAccess.TargetsModernClients(p)
        && ConditionalAccess.RequiresPhishingResistantMfa(p, t.AuthenticationStrengths);

    protected override string NewPolicySteps(EntraTenant t) =>
        "First make sure every user has registered Windows Hello for Business, a FIDO2 key or a passkey (ENT-MFA-04 for admins). Then: " +
        "Microsoft Entra admin center > Protection > Conditional Access > Create new policy: Users = All users (exclude only the break-glass accounts), " +
        "Target resources = All cloud apps, Grant = Require authentication strength 'Phishing-resistant MFA', Enable policy = On. " +
        "PowerShell: New-MgIdentityConditionalAccessPolicy -BodyParameter @{ displayName = 'Phishing-resistant MFA for all users'; state = 'enabled'; " +
        "conditions = @{ clientAppTypes = @('all'); applications = @{ includeApplications = @('All') }; users = @{ includeUsers = @('All'); excludeUsers = @('<break-glass object ids>') } }; " +
        "grantControls = @{ operator = 'OR'; authenticationStrength = @{ id = '00000000-0000-0000-0000-000000000004' } } }.";
}
