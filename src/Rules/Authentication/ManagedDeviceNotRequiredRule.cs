using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>ENT-DEV-01: no enabled conditional-access policy requires a managed device of all users (ScubaGear MS.AAD.3.7v1).</summary>
public sealed class ManagedDeviceNotRequiredRule : TenantPolicyRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-DEV-01",
        Since = "0.4.1",
        Title = "Managed device not required for sign-in",
        MessageFormat = "{resource} does not require a managed device: no enabled conditional-access policy requires a compliant or " +
                        "hybrid-joined device of all users for all applications.",
        PassMessageFormat = "{resource} requires a managed device through {enforcedBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "Stolen credentials, even with MFA, should not open the tenant from an attacker's machine. An enabled (not report-only) " +
                      "conditional-access policy must include all users and all applications, without location, platform or risk " +
                      "conditions, and grant access only on a managed device: 'Require device to be marked as compliant' and/or " +
                      "'Require Microsoft Entra hybrid joined device' as the only alternatives (OR), or one of them required together with " +
                      "other controls (AND); excluding no role, no guests or external users, and only break-glass accounts.",
        RemediationSummary = "Create a conditional-access policy for all users and all cloud apps that grants access only on a compliant or hybrid-joined device.",
        Controls = [Controls.SecureAuthentication, Controls.AccessControl, Controls.OrgAuthentication, Controls.OrgCloudServices],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.3.7v1")],
        RequiredData = [Datasets.EntraConditionalAccess],
        Parameters = [SharedParameters.BreakGlassAccounts],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool SecurityDefaultsSuffice => false;

    protected override bool IsCandidate(ConditionalAccessPolicy p, EntraTenant t) =>
        ConditionalAccess.TargetsAllUsers(p) && ConditionalAccess.TargetsAllApps(p) && ConditionalAccess.RequiresManagedDevice(p);

    protected override string NewPolicySteps(EntraTenant t) =>
        "Enrol devices in Intune (compliance policies) or Microsoft Entra hybrid join first. Then: Microsoft Entra admin center > Protection > " +
        "Conditional Access > Create new policy: Users = All users (exclude only the break-glass accounts), Target resources = All cloud apps, " +
        "Grant = Require device to be marked as compliant, Require Microsoft Entra hybrid joined device, 'Require one of the selected controls', Enable policy = On. " +
        "PowerShell: New-MgIdentityConditionalAccessPolicy -BodyParameter @{ displayName = 'Require a managed device'; state = 'enabled'; " +
        "conditions = @{ clientAppTypes = @('all'); applications = @{ includeApplications = @('All') }; users = @{ includeUsers = @('All'); excludeUsers = @('<break-glass object ids>') } }; " +
        "grantControls = @{ operator = 'OR'; builtInControls = @('compliantDevice','domainJoinedDevice') } }.";
}
