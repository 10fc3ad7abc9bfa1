using System.Collections.Frozen;
using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.AccessControl;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// Base of the rules that every highly privileged role is covered by enabled conditional-access policies with a
/// given grant: a role is covered by a policy for all applications and modern clients, without location, platform
/// or risk conditions, excluding only break-glass accounts, that includes the role or all users and does not
/// exclude the role. Several policies may cover the set together.
/// </summary>
public abstract class AdminRoleCoverageRule : FactRule<EntraTenant>
{
    private FrozenSet<string> _privileged = FrozenSet<string>.Empty;
    private BreakGlass _breakGlass = BreakGlass.None;

    /// <summary>Whether the policy's grant is the one this rule requires; the tenant's strengths resolve a strength grant.</summary>
    protected abstract bool Grants(ConditionalAccessPolicy policy, IReadOnlyList<AuthenticationStrength>? strengths);

    /// <summary>Roles security defaults cover with the required grant (when they are on).</summary>
    protected virtual IReadOnlySet<string> SecurityDefaultsCover => FrozenSet<string>.Empty;

    /// <summary>The grant part of the PowerShell body that fixes a failure.</summary>
    protected abstract string GrantControlsBody { get; }

    protected static ParameterDescriptor[] CoverageParameters => [SharedParameters.PrivilegedRoles, SharedParameters.BreakGlassAccounts];

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _privileged = parameters.Set(SharedParameters.PrivilegedRoles);
        _breakGlass = BreakGlass.From(parameters);
    }

    // A role security defaults do not cover needs the policies, and a strength grant the tenant's strengths.
    protected override Expression<Func<EntraTenant, bool>> DataPresent => t =>
        t.SecurityDefaultsEnabled != null && (t.SecurityDefaultsEnabled == true || t.ConditionalAccessPolicies != null) && StrengthsKnown(t);

    protected override string MissingData(EntraTenant tenant) => StrengthsKnown(tenant)
        ? "the security-defaults setting or the conditional-access policies were not reported for the tenant"
        : "a conditional-access policy requires an authentication strength, and the tenant's authentication strengths were not reported";

    private static bool StrengthsKnown(EntraTenant t) =>
        !(t.ConditionalAccessPolicies ?? []).Any(p => ConditionalAccess.StrengthUnresolved(p, t.AuthenticationStrengths));

    protected override Expression<Func<EntraTenant, bool>> Violation => t => Uncovered(t).Count > 0;

    private IEnumerable<ConditionalAccessPolicy> Covering(EntraTenant t) =>
        (t.ConditionalAccessPolicies ?? []).Where(p => ConditionalAccess.TargetsAllApps(p) && ConditionalAccess.TargetsModernClients(p) && Grants(p, t.AuthenticationStrengths)
                                                       && ConditionalAccess.Shortfall(p, _breakGlass, rolesMayBeExcluded: true) is null
                                                       && RolesOf(p).Any());

    private IEnumerable<string> RolesOf(ConditionalAccessPolicy p) =>
        (ConditionalAccess.TargetsAllUsers(p) ? _privileged : p.IncludeRoles.Where(_privileged.Contains))
        .Where(r => !p.ExcludeRoles.Contains(r, StringComparer.OrdinalIgnoreCase));

    protected List<string> Uncovered(EntraTenant t)
    {
        var covered = new HashSet<string>(Covering(t).SelectMany(RolesOf), StringComparer.OrdinalIgnoreCase);
        if (t.SecurityDefaultsEnabled == true)
            covered.UnionWith(SecurityDefaultsCover);
        return _privileged.Where(r => !covered.Contains(r)).Order(StringComparer.Ordinal).ToList();
    }

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("uncoveredRoles", RoleNames.Of(Uncovered(t))),
        ("uncoveredRoleIds", Uncovered(t)),
        ("coveringPolicies", ConditionalAccess.Names(Covering(t))),
        ("coveredBy", ConditionalAccess.EnforcedBy(t.SecurityDefaultsEnabled == true && SecurityDefaultsCover.Count > 0, Covering(t))),
        ("securityDefaultsEnabled", t.SecurityDefaultsEnabled));

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Protection > Conditional Access > Create new policy: Users > Include > Directory roles = " +
        $"{string.Join(", ", RoleNames.Of(Uncovered(t)))} (exclude only the break-glass accounts), Target resources = All cloud apps, " +
        "Grant = Require authentication strength 'Phishing-resistant MFA' (or at least Require multifactor authentication), Enable policy = On. " +
        $"PowerShell: New-MgIdentityConditionalAccessPolicy -BodyParameter @{{ displayName = '{Descriptor.Id}: MFA for admin roles'; state = 'enabled'; " +
        $"conditions = @{{ clientAppTypes = @('all'); applications = @{{ includeApplications = @('All') }}; users = @{{ includeRoles = @({string.Join(",", Uncovered(t).Select(Shell.Ps))}) }} }}; " +
        $"grantControls = {GrantControlsBody} }}.";
}
