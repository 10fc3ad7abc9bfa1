using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>ENT-AUTH-02: no enabled conditional-access policy blocks the device-code flow (ScubaGear MS.AAD.3.9v1).</summary>
public sealed class DeviceCodeFlowNotBlockedRule : TenantPolicyRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-AUTH-02",
        Since = "0.4.1",
        Title = "Device-code flow not blocked",
        MessageFormat = "{resource} does not block the device-code flow: no enabled conditional-access policy with the authentication-flows " +
                        "condition 'Device code flow' blocks it for all users and all applications.",
        PassMessageFormat = "{resource} blocks the device-code flow through {enforcedBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "Device-code phishing has a user type an attacker's code on microsoft.com/devicelogin and hands over a token, MFA " +
                      "included. An enabled (not report-only) conditional-access policy must include all users and all applications, have " +
                      "the authentication-flows condition with transfer method 'deviceCodeFlow', and grant 'Block access', without location, " +
                      "platform or risk conditions, excluding no role, no guests or external users, and only break-glass accounts.",
        RemediationSummary = "Create a conditional-access policy that blocks the device-code flow for all users and all cloud apps.",
        Controls = [Controls.SecureAuthentication, Controls.OrgAuthentication, Controls.OrgMfa],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.3.9v1")],
        RequiredData = [Datasets.EntraConditionalAccess],
        Parameters = [SharedParameters.BreakGlassAccounts],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool SecurityDefaultsSuffice => false;

    protected override bool IsCandidate(ConditionalAccessPolicy p, EntraTenant t) =>
        ConditionalAccess.TargetsAllUsers(p) && ConditionalAccess.TargetsAllApps(p) && ConditionalAccess.TargetsDeviceCodeFlow(p) && ConditionalAccess.Blocks(p);

    protected override string NewPolicySteps(EntraTenant t) =>
        "Microsoft Entra admin center > Protection > Conditional Access > Create new policy: Users = All users (exclude only the break-glass accounts), " +
        "Target resources = All cloud apps, Conditions > Authentication flows = Device code flow, Grant = Block access, Enable policy = On. " +
        "PowerShell: New-MgIdentityConditionalAccessPolicy -BodyParameter @{ displayName = 'Block device code flow'; state = 'enabled'; " +
        "conditions = @{ clientAppTypes = @('all'); authenticationFlows = @{ transferMethods = 'deviceCodeFlow' }; applications = @{ includeApplications = @('All') }; " +
        "users = @{ includeUsers = @('All'); excludeUsers = @('<break-glass object ids>') } }; grantControls = @{ operator = 'OR'; builtInControls = @('block') } }.";
}
