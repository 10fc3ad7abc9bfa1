using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// ENT-DEV-02: no enabled conditional-access policy requires a managed device to register security information
/// (ScubaGear MS.AAD.3.8v1).
/// </summary>
public sealed class SecurityInfoRegistrationFromUnmanagedDeviceRule : TenantPolicyRule
{
    public const string RegisterSecurityInfo = "urn:user:registersecurityinfo";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-DEV-02",
        Since = "0.4.1",
        Title = "Security information can be registered from an unmanaged device",
        MessageFormat = "{resource} lets users register MFA methods from any device: no enabled conditional-access policy requires a " +
                        "compliant or hybrid-joined device for the user action 'Register security information'.",
        PassMessageFormat = "{resource} requires a managed device to register security information through {enforcedBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "Whoever holds a password alone can otherwise register their own MFA method and own the account. An enabled (not " +
                      "report-only) conditional-access policy must include all users and the user action 'Register security information' " +
                      "(urn:user:registersecurityinfo), without location, platform or risk conditions, and grant access only on a compliant " +
                      "or hybrid-joined device; excluding no role, no guests or external users, and only break-glass accounts.",
        RemediationSummary = "Create a conditional-access policy for all users and the user action 'Register security information' that requires a compliant or hybrid-joined device.",
        Controls = [Controls.AuthenticationInformation, Controls.SecureAuthentication, Controls.OrgAuthenticationInformation, Controls.OrgMfa],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.3.8v1")],
        RequiredData = [Datasets.EntraConditionalAccess],
        Parameters = [SharedParameters.BreakGlassAccounts],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool SecurityDefaultsSuffice => false;

    protected override bool IsCandidate(ConditionalAccessPolicy p, EntraTenant t) =>
        ConditionalAccess.TargetsAllUsers(p) && ConditionalAccess.TargetsUserAction(p, RegisterSecurityInfo) && ConditionalAccess.RequiresManagedDevice(p);

    protected override string NewPolicySteps(EntraTenant t) =>
        "Microsoft Entra admin center > Protection > Conditional Access > Create new policy: Users = All users (exclude only the break-glass accounts), " +
        "Target resources = User actions > Register security information, Grant = Require device to be marked as compliant, Require Microsoft Entra " +
        "hybrid joined device, 'Require one of the selected controls', Enable policy = On. PowerShell: New-MgIdentityConditionalAccessPolicy -BodyParameter " +
        "@{ displayName = 'Register security info from a managed device'; state = 'enabled'; conditions = @{ clientAppTypes = @('all'); " +
        "applications = @{ includeUserActions = @('urn:user:registersecurityinfo') }; users = @{ includeUsers = @('All'); excludeUsers = @('<break-glass object ids>') } }; " +
        "grantControls = @{ operator = 'OR'; builtInControls = @('compliantDevice','domainJoinedDevice') } }.";
}
