using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>ENT-ID-03: a guest invitation has not been redeemed within <c>pendingInvitationDays</c> days.</summary>
public sealed class PendingGuestInvitationRule : FactRule<EntraUser>
{
    public static readonly ParameterDescriptor PendingDays = ParameterDescriptor.Integer("pendingInvitationDays", 30,
        "Days an invitation may stay unredeemed before the guest account is flagged.", min: 1);

    private const string Pending = "PendingAcceptance";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-ID-03",
        Title = "Guest invitation never redeemed",
        MessageFormat = "{resource} was invited on {createdDateTime} and has not accepted the invitation ({externalUserState}) after {pendingInvitationDays} days or more.",
        PassMessageFormat = "{resource} is a guest whose invitation is {externalUserState}.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "An invitation nobody redeems is an account nobody needs — and whoever gets hold of the invitation link can " +
                      "redeem it. Invited guests (externalUserState reported) still PendingAcceptance pendingInvitationDays or more " +
                      "after the account was created are flagged. Guests not created by invitation (externalUserState null) are out of scope.",
        RemediationSummary = "Delete the guest account (or resend the invitation if the collaboration is still wanted).",
        Controls = [Controls.IdentityManagement, Controls.AccessRights, Controls.OrgIdentityManagement, Controls.OrgAccessRights],
        Benchmarks = [new("CIS Azure 6.3.2 (v4)", "review guest users")],
        RequiredData = [Datasets.EntraUsers],
        Parameters = [PendingDays],
    };

    private DateTimeOffset _cutoff;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _cutoff = now.AddDays(-parameters.Int(PendingDays));
    }

    protected override Expression<Func<EntraUser, bool>> Scope => u => u.IsGuest && u.ExternalUserState != null;

    protected override Expression<Func<EntraUser, bool>> DataPresent => u => u.ExternalUserState != Pending || u.CreatedDateTime != null;

    protected override string MissingData(EntraUser u) => "the guest's invitation is pending but its creation date was not reported";

    protected override Expression<Func<EntraUser, bool>> Violation => u => u.ExternalUserState == Pending && u.CreatedDateTime <= _cutoff;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("externalUserState", u.ExternalUserState),
        ("createdDateTime", u.CreatedDateTime),
        ("daysSinceInvitation", DaysSince(u.CreatedDateTime)),
        ("pendingInvitationDays", Parameters.Int(PendingDays)));

    protected override string? CommandFor(EntraUser u)
    {
        return $"Remove-MgUser -UserId {Shell.Ps(u.Id)}";
    }

    protected override string RemediationFor(EntraUser u) =>
        $"Ask the inviter whether the collaboration with {u.UserPrincipalName} is still wanted. If not, delete the guest: Remove-MgUser -UserId {Shell.Ps(u.Id)}. " +
        "If it is, resend the invitation: Microsoft Entra admin center > Users > the user > Overview > B2B invitation > Resend invitation. " +
        "Guest access reviews (Identity Governance > Access reviews) can remove unredeemed guests automatically.";
}
