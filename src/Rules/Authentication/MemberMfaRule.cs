using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// Base of the rules about members' MFA registration (ENT-MFA-01, -02, -03): enabled member accounts except the
/// break-glass and service accounts, judged from their row of the registration report; a user missing from the
/// report gives Error.
/// </summary>
public abstract class MemberMfaRule : FactRule<EntraUser>
{
    private BreakGlass _excluded = BreakGlass.None;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _excluded = BreakGlass.AndServiceAccounts(parameters);
    }

    /// <summary>An enabled member that is neither a break-glass nor a service account.</summary>
    protected bool IsInteractiveMember(EntraUser u) => u.AccountEnabled == true && u.IsMember && !_excluded.Contains(u);

    protected override Expression<Func<EntraUser, bool>> DataPresent => u => u.Mfa != null;

    protected override string MissingData(EntraUser user) =>
        "the user is missing from the MFA registration report (userRegistrationDetails)";
}
