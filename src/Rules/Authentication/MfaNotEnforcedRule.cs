using System.Collections.Frozen;
using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// ENT-MFA-05: the tenant does not enforce MFA for everyone — security defaults are off and no enabled
/// conditional-access policy requires MFA for all users and all applications with only break-glass exclusions.
/// </summary>
public sealed class MfaNotEnforcedRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-MFA-05",
        Title = "MFA not enforced tenant-wide",
        MessageFormat = "{resource} does not enforce MFA for all users: security defaults are off and no enabled conditional-access policy " +
                        "requires MFA for all users and all applications.",
        PassMessageFormat = "{resource} enforces MFA for all users through {enforcedBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Registering MFA is not enough: sign-ins must require it (ISMS-A-04: 二段階認証). Either security defaults are on, " +
                      "or an enabled conditional-access policy — not report-only — targets all users, all applications and all modern client " +
                      "apps without location, platform or risk conditions, grants access only with MFA or an authentication strength, " +
                      "excludes no role, and excludes only break-glass accounts.",
        RemediationSummary = "Create (or switch on) a conditional-access policy requiring MFA for all users and all cloud apps, excluding only break-glass accounts; without Entra ID P1, enable security defaults.",
        Controls = [Controls.SecureAuthentication, Controls.AuthenticationInformation, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks =
        [
            new("CIS M365 5.2.2.2", "MFA for all users"), new("CIS Azure 6.2.4 (v4) / 2.2.5 (v3)", "MFA for all users"),
            new("CISA ScubaGear", "MS.AAD.3.2v2"),
        ],
        RequiredData = [Datasets.EntraSecurityDefaults, Datasets.EntraConditionalAccess],
        Parameters = [SharedParameters.BreakGlassAccounts],
    };

    private FrozenSet<string> _breakGlass = FrozenSet<string>.Empty;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _breakGlass = parameters.Set(SharedParameters.BreakGlassAccounts);
    }

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t =>
        t.SecurityDefaultsEnabled == true || (t.SecurityDefaultsEnabled != null && t.ConditionalAccessPolicies != null);

    protected override string MissingData(EntraTenant tenant) =>
        "the security-defaults setting or the conditional-access policies were not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => t.SecurityDefaultsEnabled != true && !AnyEnforcing(t);

    private bool AnyEnforcing(EntraTenant t) => Candidates(t).Any(p => ConditionalAccess.Shortfall(p, _breakGlass) is null);

    /// <summary>Policies that require MFA for all users and all applications, whatever their state and exclusions.</summary>
    private static IEnumerable<ConditionalAccessPolicy> Candidates(EntraTenant t) =>
        (t.ConditionalAccessPolicies ?? []).Where(p =>
            ConditionalAccess.TargetsAllUsers(p) && ConditionalAccess.TargetsAllApps(p) && ConditionalAccess.TargetsModernClients(p)
            && ConditionalAccess.RequiresMfa(p));

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("enforcedBy", ConditionalAccess.EnforcedBy(t.SecurityDefaultsEnabled, Candidates(t).Where(p => ConditionalAccess.Shortfall(p, _breakGlass) is null))),
        ("securityDefaultsEnabled", t.SecurityDefaultsEnabled),
        ("enforcingPolicies", ConditionalAccess.Names(Candidates(t).Where(p => ConditionalAccess.Shortfall(p, _breakGlass) is null))),
        ("nearMisses", Candidates(t).Select(p => ConditionalAccess.Shortfall(p, _breakGlass)).OfType<string>().Order(StringComparer.Ordinal).ToList()),
        ("policyCount", t.ConditionalAccessPolicies?.Count));

    protected override string RemediationFor(EntraTenant t)
    {
        var reportOnly = Candidates(t).FirstOrDefault(p => !p.IsEnabled);
        var switchOn = reportOnly is null ? string.Empty :
            $"Policy '{ConditionalAccess.Name(reportOnly)}' already targets everyone but is {reportOnly.State}; after checking its sign-in impact, turn it on: " +
            $"Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId '{reportOnly.Id}' -State enabled. ";
        return switchOn +
               "Microsoft Entra admin center > Protection > Conditional Access > Create new policy: Users = All users (exclude only the break-glass accounts), " +
               "Target resources = All cloud apps, Grant = Require multifactor authentication (or an authentication strength), Enable policy = On. " +
               "PowerShell: New-MgIdentityConditionalAccessPolicy -BodyParameter @{ displayName = 'Require MFA for all users'; state = 'enabled'; " +
               "conditions = @{ clientAppTypes = @('all'); applications = @{ includeApplications = @('All') }; users = @{ includeUsers = @('All'); excludeUsers = @('<break-glass object ids>') } }; " +
               "grantControls = @{ operator = 'OR'; builtInControls = @('mfa') } }. " +
               $"Tenants without Entra ID P1: enable security defaults for {t.DisplayName ?? t.TenantId} (Identity > Overview > Properties > Manage security defaults).";
    }
}
