using System.Collections.Frozen;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// ENT-MFA-06: some highly privileged role is not covered by an enabled conditional-access policy that requires
/// MFA for all applications (directly by role, or through a policy for all users).
/// </summary>
public sealed class AdminRolesWithoutMfaPolicyRule : AdminRoleCoverageRule
{
    /// <summary>Roles that security defaults make do MFA at every sign-in (Microsoft Entra docs, "Security defaults").</summary>
    private static readonly FrozenSet<string> SecurityDefaultsAdminRoles = new[]
    {
        EntraRoleIds.GlobalAdministrator, EntraRoleIds.ApplicationAdministrator, EntraRoleIds.AuthenticationAdministrator,
        "b0f54661-2d74-4c50-afa3-1ec803f12efe", EntraRoleIds.CloudApplicationAdministrator, EntraRoleIds.ConditionalAccessAdministrator,
        EntraRoleIds.ExchangeAdministrator, "729827e3-9c14-49f7-bb1b-9608f156bbb8", "966707d0-3269-4727-9be2-8c3a10f19b9d",
        EntraRoleIds.PrivilegedAuthenticationAdministrator, EntraRoleIds.PrivilegedRoleAdministrator, EntraRoleIds.SecurityAdministrator,
        EntraRoleIds.SharePointAdministrator, EntraRoleIds.UserAdministrator,
        "0526716b-113d-4c15-b2c8-68e3c22b9f80", "45d8d3c5-c802-45c6-b32a-1d70b5e1e86e",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-MFA-06",
        Title = "Admin roles not covered by an MFA conditional-access policy",
        MessageFormat = "{resource}: no enabled conditional-access policy requires MFA for all applications for {uncoveredRoles}.",
        PassMessageFormat = "{resource}: every privileged role must do MFA, through {coveredBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Every highly privileged role must be made to do MFA at sign-in. A role is covered by an enabled (not report-only) " +
                      "conditional-access policy for all applications and all modern client apps, without location, platform or risk conditions, " +
                      "that requires MFA or an authentication strength whose every combination is multifactor, and either includes " +
                      "the role or all users, without excluding the role and excluding only break-glass accounts. Several policies may " +
                      "together cover the set. Security defaults cover the fixed list of admin roles Microsoft documents, not the others.",
        RemediationSummary = "Create a conditional-access policy that requires MFA (ideally phishing-resistant authentication strength) for the privileged roles, all cloud apps.",
        Controls = [Controls.SecureAuthentication, Controls.PrivilegedAccess, Controls.OrgMfa, Controls.OrgAccess],
        Benchmarks =
        [
            new("CIS M365 5.2.2.1", "MFA for administrative roles"), new("CIS Azure 2.2.4 (v3)", "MFA for administrative groups"),
            new("Prowler", "entra_admin_users_mfa_enabled"),
        ],
        RequiredData = [Datasets.EntraSecurityDefaults, Datasets.EntraConditionalAccess, Datasets.EntraAuthenticationStrengths],
        Parameters = CoverageParameters,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool Grants(ConditionalAccessPolicy policy, IReadOnlyList<AuthenticationStrength>? strengths) =>
        ConditionalAccess.RequiresMfa(policy, strengths);

    protected override IReadOnlySet<string> SecurityDefaultsCover => SecurityDefaultsAdminRoles;

    protected override string GrantControlsBody => "@{ operator = 'OR'; builtInControls = @('mfa') }";
}
