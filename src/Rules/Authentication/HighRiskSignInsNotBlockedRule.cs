using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>ENT-RISK-02: no enabled conditional-access policy blocks sign-ins whose sign-in risk is high (ScubaGear MS.AAD.2.3v1).</summary>
public sealed class HighRiskSignInsNotBlockedRule : RiskPolicyRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-RISK-02",
        Since = "0.4.1",
        Title = "High-risk sign-ins not blocked",
        MessageFormat = "{resource} does not block sign-ins detected as high risk: no enabled conditional-access policy blocks sign-in risk 'high' " +
                        "for all users and all applications.",
        PassMessageFormat = "{resource} blocks high-risk sign-ins through {enforcedBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "A sign-in Identity Protection rates high risk (anonymous IP, impossible travel, token replay) is likely not the user. " +
                      "An enabled (not report-only) conditional-access policy must include all users and all applications, have " +
                      "sign-in risk 'high' among its conditions and grant 'Block access', without location or platform conditions, " +
                      "excluding no role and no guests, and excluding only break-glass accounts. Needs Microsoft Entra ID P2.",
        RemediationSummary = "Create (or switch on) a conditional-access policy that blocks sign-in risk 'high' for all users and all cloud apps, excluding only break-glass accounts.",
        Controls = [Controls.SecureAuthentication, Controls.AccessControl, Controls.OrgAuthentication, Controls.OrgCloudServices],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.2.3v1")],
        RequiredData = RiskData,
        Parameters = [SharedParameters.BreakGlassAccounts],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override IReadOnlyList<string> RiskLevels(ConditionalAccessPolicy p) => p.SignInRiskLevels;

    protected override string NewPolicySteps(EntraTenant t) =>
        "Microsoft Entra admin center > Protection > Conditional Access > Create new policy: Users = All users (exclude only the break-glass accounts), " +
        "Target resources = All cloud apps, Conditions > Sign-in risk = High, Grant = Block access, Enable policy = On. " +
        "PowerShell: New-MgIdentityConditionalAccessPolicy -BodyParameter @{ displayName = 'Block high-risk sign-ins'; state = 'enabled'; " +
        "conditions = @{ signInRiskLevels = @('high'); applications = @{ includeApplications = @('All') }; users = @{ includeUsers = @('All'); excludeUsers = @('<break-glass object ids>') } }; " +
        "grantControls = @{ operator = 'OR'; builtInControls = @('block') } }.";
}
