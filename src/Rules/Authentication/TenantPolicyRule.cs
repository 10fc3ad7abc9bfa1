using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// Base of the tenant-wide rules met either by security defaults or by one enabled, unconditional
/// conditional-access policy that excludes only break-glass accounts (ENT-MFA-05, ENT-AUTH-01). A subclass says
/// which policies are candidates; policies that would qualify but for their state or exclusions are reported as
/// near misses, and a report-only candidate is named in the fix.
/// </summary>
public abstract class TenantPolicyRule : FactRule<EntraTenant>
{
    private BreakGlass _breakGlass = BreakGlass.None;

    /// <summary>Policies that target the right users, applications, clients and control, whatever their state; the
    /// tenant's authentication strengths resolve a strength grant.</summary>
    protected abstract bool IsCandidate(ConditionalAccessPolicy policy, EntraTenant tenant);

    /// <summary>Whether the grant is read through authentication strengths (they must then have been read).</summary>
    protected virtual bool ReadsStrengths => false;

    /// <summary>Risk-based policies: the risk levels are the policy's point, not a narrowing condition.</summary>
    protected virtual bool RiskMayNarrow => false;

    /// <summary>Whether security defaults meet the rule (they enforce MFA and block legacy authentication, nothing else).</summary>
    protected virtual bool SecurityDefaultsSuffice => true;

    /// <summary>What to do when no policy qualifies (portal path and PowerShell).</summary>
    protected abstract string NewPolicySteps(EntraTenant tenant);

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _breakGlass = BreakGlass.From(parameters);
    }

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t =>
        (SecurityDefaultsSuffice && t.SecurityDefaultsEnabled == true)
        || ((!SecurityDefaultsSuffice || t.SecurityDefaultsEnabled != null) && t.ConditionalAccessPolicies != null && StrengthsKnown(t) && LicenceKnown(t));

    /// <summary>Whether what the rule's scope needs to know about the tenant's licences is known.</summary>
    protected virtual bool LicenceKnown(EntraTenant tenant) => true;

    protected override string MissingData(EntraTenant tenant) =>
        !LicenceKnown(tenant) ? "the tenant's licences (subscribedSkus) were not reported, so whether it has Microsoft Entra ID P2 is unknown"
        : StrengthsKnown(tenant) ? "the security-defaults setting or the conditional-access policies were not reported for the tenant"
        : "a conditional-access policy requires an authentication strength, and the tenant's authentication strengths were not reported";

    private bool StrengthsKnown(EntraTenant t) =>
        !ReadsStrengths || !(t.ConditionalAccessPolicies ?? []).Any(p => ConditionalAccess.StrengthUnresolved(p, t.AuthenticationStrengths));

    protected override Expression<Func<EntraTenant, bool>> Violation => t => !(SecurityDefaultsSuffice && t.SecurityDefaultsEnabled == true) && !Enforcing(t).Any();

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("enforcedBy", ConditionalAccess.EnforcedBy(SecurityDefaultsSuffice ? t.SecurityDefaultsEnabled : false, Enforcing(t))),
        ("securityDefaultsEnabled", t.SecurityDefaultsEnabled),
        ("enforcingPolicies", ConditionalAccess.Names(Enforcing(t))),
        ("nearMisses", Candidates(t).Select(p => ConditionalAccess.Shortfall(p, _breakGlass, riskMayNarrow: RiskMayNarrow)).OfType<string>().Order(StringComparer.Ordinal).ToList()),
        ("policyCount", t.ConditionalAccessPolicies?.Count));

    protected override string? CommandFor(EntraTenant t)
    {
        return Candidates(t).FirstOrDefault(p => !p.IsEnabled) is { } reportOnly
            ? $"Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId {Shell.Ps(reportOnly.Id)} -State enabled"
            : null;
    }

    protected override string RemediationFor(EntraTenant t)
    {
        var reportOnly = Candidates(t).FirstOrDefault(p => !p.IsEnabled);
        var switchOn = reportOnly is null ? string.Empty :
            $"Policy '{ConditionalAccess.Name(reportOnly)}' already does this but is {reportOnly.State}; after checking its sign-in impact, turn it on: " +
            $"Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId {Shell.Ps(reportOnly.Id)} -State enabled. ";
        return switchOn + NewPolicySteps(t);
    }

    private IEnumerable<ConditionalAccessPolicy> Candidates(EntraTenant t) => (t.ConditionalAccessPolicies ?? []).Where(p => IsCandidate(p, t));

    private IEnumerable<ConditionalAccessPolicy> Enforcing(EntraTenant t) =>
        Candidates(t).Where(p => ConditionalAccess.Shortfall(p, _breakGlass, riskMayNarrow: RiskMayNarrow) is null);
}
