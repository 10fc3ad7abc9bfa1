using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>ENT-MFA-02: a user registered MFA methods, but none the Authentication methods policy allows, so the user cannot do MFA.</summary>
public sealed class MfaRegisteredNotCapableRule : MemberMfaRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-MFA-02",
        Title = "MFA registered but not MFA-capable",
        MessageFormat = "{resource} registered {methodsRegistered} but is not MFA-capable: no registered method is allowed by the Authentication methods policy.",
        PassMessageFormat = "{resource} is MFA-capable ({methodsRegistered}).",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Registration is not enough when the registered methods are disabled in the Authentication methods policy: " +
                      "the user cannot complete MFA (isMfaRegistered true, isMfaCapable false) and falls back to the password alone " +
                      "or is locked out. Enabled member accounts, break-glass and service accounts excluded.",
        RemediationSummary = "Have the user register a method the Authentication methods policy allows (Microsoft Authenticator, FIDO2), or enable a strong method in the policy.",
        Controls = [Controls.AuthenticationInformation, Controls.SecureAuthentication, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks = [new("CIS M365 5.2.3.4", "all member users are MFA capable")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraMfaRegistration],
        Parameters = [SharedParameters.BreakGlassAccounts, SharedParameters.ServiceAccounts],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraUser, bool>> Scope => u =>
        IsInteractiveMember(u) && (u.Mfa == null || u.Mfa.IsMfaRegistered);

    protected override Expression<Func<EntraUser, bool>> Violation => u => !u.Mfa!.IsMfaCapable;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("isMfaRegistered", u.Mfa?.IsMfaRegistered),
        ("isMfaCapable", u.Mfa?.IsMfaCapable),
        ("methodsRegistered", u.Mfa?.MethodsRegistered));

    protected override string? CommandFor(EntraUser u)
    {
        return $"New-MgUserAuthenticationTemporaryAccessPassMethod -UserId {Shell.Ps(u.Id)} -BodyParameter @{{ lifetimeInMinutes = 480 }}";
    }

    protected override string RemediationFor(EntraUser u) =>
        $"Ask {u.UserPrincipalName} to register Microsoft Authenticator or a security key at https://aka.ms/mysecurityinfo " +
        $"(bootstrap with a Temporary Access Pass: New-MgUserAuthenticationTemporaryAccessPassMethod -UserId {Shell.Ps(u.Id)} -BodyParameter @{{ lifetimeInMinutes = 480 }}). " +
        "If many users are affected, check the policy: Microsoft Entra admin center > Protection > Authentication methods > Policies " +
        "(Get-MgPolicyAuthenticationMethodPolicy) and enable a strong method for them.";
}
