using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// Base of the risk-based rules (ScubaGear MS.AAD.2.x): an enabled policy for all users and all applications that
/// blocks at a given risk level. Risk detection needs Microsoft Entra ID P2: a tenant without it is NotApplicable with
/// the reason, never a pass; a tenant whose licences are unknown is an Error. Security defaults do not block on risk.
/// </summary>
public abstract class RiskPolicyRule : TenantPolicyRule
{
    /// <summary>The datasets every risk rule reads.</summary>
    protected static string[] RiskData => [Datasets.EntraConditionalAccess, Datasets.EntraSubscribedSkus];

    /// <summary>The policy's risk levels this rule is about (user risk or sign-in risk).</summary>
    protected abstract IReadOnlyList<string> RiskLevels(ConditionalAccessPolicy policy);

    protected override bool SecurityDefaultsSuffice => false;

    protected override bool RiskMayNarrow => true;

    protected override Expression<Func<EntraTenant, bool>> Scope => t => t.EntraIdP2Licensed != false;

    protected override string? NotApplicable(EntraTenant tenant) =>
        "the tenant has no Microsoft Entra ID P2 licence (no AAD_PREMIUM_P2 service plan in subscribedSkus): Identity Protection risk levels are not available";

    protected override bool LicenceKnown(EntraTenant tenant) => tenant.EntraIdP2Licensed != null;

    protected override bool IsCandidate(ConditionalAccessPolicy p, EntraTenant t) =>
        ConditionalAccess.TargetsAllUsers(p) && ConditionalAccess.TargetsAllApps(p)
        && RiskLevels(p).Contains("high", StringComparer.OrdinalIgnoreCase) && ConditionalAccess.Blocks(p);
}
