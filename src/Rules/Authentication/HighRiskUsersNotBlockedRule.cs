using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>ENT-RISK-01: no enabled conditional-access policy blocks users whose user risk is high (ScubaGear MS.AAD.2.1v1).</summary>
public sealed class HighRiskUsersNotBlockedRule : RiskPolicyRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-RISK-01",
        Since = "0.4.1",
        Title = "High-risk users not blocked",
        MessageFormat = "{resource} does not block users detected as high risk: no enabled conditional-access policy blocks user risk 'high' " +
                        "for all users and all applications.",
        PassMessageFormat = "{resource} blocks high-risk users through {enforcedBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "A user Identity Protection rates high risk (leaked credentials, an attacker's activity) is likely compromised and must " +
                      "not reach the tenant. An enabled (not report-only) conditional-access policy must include all users and all " +
                      "applications, have user risk 'high' among its conditions and grant 'Block access', without location or platform " +
                      "conditions, excluding no role and no guests, and excluding only break-glass accounts. Needs Microsoft Entra ID P2.",
        RemediationSummary = "Create (or switch on) a conditional-access policy that blocks user risk 'high' for all users and all cloud apps, excluding only break-glass accounts.",
        Controls = [Controls.SecureAuthentication, Controls.AccessControl, Controls.OrgAuthentication, Controls.OrgCloudServices],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.2.1v1")],
        RequiredData = RiskData,
        Parameters = [SharedParameters.BreakGlassAccounts],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override IReadOnlyList<string> RiskLevels(ConditionalAccessPolicy p) => p.UserRiskLevels;

    protected override string NewPolicySteps(EntraTenant t) =>
        "Microsoft Entra admin center > Protection > Conditional Access > Create new policy: Users = All users (exclude only the break-glass accounts), " +
        "Target resources = All cloud apps, Conditions > User risk = High, Grant = Block access, Enable policy = On. " +
        "PowerShell: New-MgIdentityConditionalAccessPolicy -BodyParameter @{ displayName = 'Block high-risk users'; state = 'enabled'; " +
        "conditions = @{ userRiskLevels = @('high'); applications = @{ includeApplications = @('All') }; users = @{ includeUsers = @('All'); excludeUsers = @('<break-glass object ids>') } }; " +
        "grantControls = @{ operator = 'OR'; builtInControls = @('block') } }.";
}
