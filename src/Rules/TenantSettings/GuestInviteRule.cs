using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-GUEST-02: people other than administrators and Guest Inviters may invite guests.</summary>
public sealed class GuestInviteRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-GUEST-02",
        Title = "Anyone may invite guests",
        MessageFormat = "{resource}: guest invitations may be sent by '{allowInvitesFrom}'.",
        PassMessageFormat = "{resource}: guest invitations may be sent by '{allowInvitesFrom}'.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "Each guest is an outside identity with access to the tenant; who may bring one in should be decided, not left to " +
                      "every user. authorizationPolicy.allowInvitesFrom must be 'adminsAndGuestInviters' (administrators and the Guest " +
                      "Inviter role), as MS.AAD.8.2v1 asks. 'none' (nobody may invite) passes as well: it is stricter, where ScubaGear " +
                      "would fail it; 'adminsGuestInvitersAndAllMembers' and 'everyone' fail.",
        RemediationSummary = "External Identities > External collaboration settings > Guest invite settings = Only users assigned to specific admin roles can invite guest users.",
        Controls = [Controls.AccessControl, Controls.IdentityManagement, Controls.OrgAccessControl, Controls.OrgIdentityManagement],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.8.2v1"), new("CIS M365 5.1.6.3", "guest invitations limited to the Guest Inviter role")],
        RequiredData = [Datasets.EntraAuthorizationPolicy],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.Authorization != null && t.Authorization.AllowInvitesFrom != null;

    protected override string MissingData(EntraTenant tenant) => "the authorization policy (allowInvitesFrom) was not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t =>
        !string.Equals(t.Authorization!.AllowInvitesFrom, "adminsAndGuestInviters", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(t.Authorization.AllowInvitesFrom, "none", StringComparison.OrdinalIgnoreCase);

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("allowInvitesFrom", t.Authorization?.AllowInvitesFrom));

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Identity > External Identities > External collaboration settings: Guest invite settings = " +
        "'Only users assigned to specific admin roles can invite guest users'; give the Guest Inviter role to the people who invite. " +
        "PowerShell: Update-MgPolicyAuthorizationPolicy -AllowInvitesFrom adminsAndGuestInviters.";
}
