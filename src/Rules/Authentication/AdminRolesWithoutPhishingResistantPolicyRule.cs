using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// ENT-MFA-07: some highly privileged role is not covered by an enabled conditional-access policy that requires a
/// phishing-resistant authentication strength.
/// </summary>
public sealed class AdminRolesWithoutPhishingResistantPolicyRule : AdminRoleCoverageRule
{
    private const string BuiltInStrengthId = "00000000-0000-0000-0000-000000000004";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-MFA-07",
        Title = "Admin roles not covered by a phishing-resistant conditional-access policy",
        MessageFormat = "{resource}: no enabled conditional-access policy requires a phishing-resistant authentication strength for {uncoveredRoles}.",
        PassMessageFormat = "{resource}: every privileged role must use phishing-resistant MFA, through {coveredBy}.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Administrators must sign in with a method a phishing proxy cannot relay. A role is covered by an enabled " +
                      "(not report-only) conditional-access policy, as for ENT-MFA-06, whose grant is an authentication strength " +
                      "whose every allowed combination is Windows Hello for Business, FIDO2 or certificate-based multifactor authentication " +
                      "(as the built-in 'Phishing-resistant MFA' strength), resolved through the tenant's authentication strengths, with no " +
                      "other grant control that could be satisfied instead. Security " +
                      "defaults never require phishing-resistant methods.",
        RemediationSummary = "Require the built-in 'Phishing-resistant MFA' authentication strength for the privileged roles in a conditional-access policy, after every admin has registered such a method (ENT-MFA-04).",
        Controls = [Controls.SecureAuthentication, Controls.PrivilegedAccess, Controls.OrgMfa, Controls.OrgAccess],
        Benchmarks =
        [
            new("CIS M365 5.2.2.5", "phishing-resistant MFA strength for administrators"), new("CISA ScubaGear", "MS.AAD.3.6v1"),
            new("Prowler", "entra_admin_users_phishing_resistant_mfa_enabled"),
        ],
        RequiredData = [Datasets.EntraSecurityDefaults, Datasets.EntraConditionalAccess, Datasets.EntraAuthenticationStrengths],
        Parameters = CoverageParameters,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool Grants(ConditionalAccessPolicy p, IReadOnlyList<AuthenticationStrength>? strengths) =>
        ConditionalAccess.RequiresPhishingResistantMfa(p, strengths);

    protected override string GrantControlsBody =>
        $"@{{ operator = 'OR'; authenticationStrength = @{{ id = '{BuiltInStrengthId}' }} }}";
}
