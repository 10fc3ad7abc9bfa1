using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>ENT-MFA-01: an enabled member account has no MFA method registered.</summary>
public sealed class UserWithoutMfaRule : MemberMfaRule
{
    public static readonly ParameterDescriptor GraceDays = ParameterDescriptor.Integer("graceDays", 14,
        "Days a new account has to register MFA before it is flagged.");

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-MFA-01",
        Title = "Enabled member user without MFA registered",
        MessageFormat = "{resource} is an enabled member account with no MFA method registered (created {createdDateTime}).",
        PassMessageFormat = "{resource} has MFA registered ({methodsRegistered}).",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Every enabled member account must have a second factor on top of its password (ISMS-A-04: 二段階認証). " +
                      "Accounts created within the grace period, break-glass and service accounts are out of scope.",
        RemediationSummary = "Have the user register an MFA method (or issue a Temporary Access Pass), then enforce MFA with conditional access.",
        Controls = [Controls.AuthenticationInformation, Controls.SecureAuthentication, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks = [new("CIS M365 5.2.3.4", "all member users are MFA capable")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraMfaRegistration],
        Parameters = [GraceDays, SharedParameters.BreakGlassAccounts, SharedParameters.ServiceAccounts],
    };

    private DateTimeOffset _createdBefore;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _createdBefore = now.AddDays(-parameters.Int(GraceDays));
    }

    protected override Expression<Func<EntraUser, bool>> Scope => u =>
        IsInteractiveMember(u) && (u.CreatedDateTime == null || u.CreatedDateTime <= _createdBefore);

    protected override Expression<Func<EntraUser, bool>> Violation => u => !u.Mfa!.IsMfaRegistered;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("isMfaRegistered", u.Mfa?.IsMfaRegistered),
        ("methodsRegistered", u.Mfa?.MethodsRegistered),
        ("createdDateTime", u.CreatedDateTime),
        ("userType", u.UserType));

    protected override string? CommandFor(EntraUser u)
    {
        return $"New-MgUserAuthenticationTemporaryAccessPassMethod -UserId {Shell.Ps(u.Id)} -BodyParameter @{{ lifetimeInMinutes = 480 }}";
    }

    protected override string RemediationFor(EntraUser u) =>
        $"Ask {u.UserPrincipalName} to register at https://aka.ms/mysecurityinfo, or issue a Temporary Access Pass: " +
        $"New-MgUserAuthenticationTemporaryAccessPassMethod -UserId {Shell.Ps(u.Id)} -BodyParameter @{{ lifetimeInMinutes = 480 }}. " +
        "Portal: Microsoft Entra admin center > Users > the user > Authentication methods.";
}
