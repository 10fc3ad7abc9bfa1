using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>ENT-MFA-03: a user's only second factors are phone or e-mail codes (SMS, voice, e-mail one-time passcode).</summary>
public sealed class WeakMfaMethodsOnlyRule : MemberMfaRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-MFA-03",
        Title = "Only weak MFA methods registered",
        MessageFormat = "{resource} has only weak second factors registered ({weakMethods}): no authenticator app, hardware token, passkey or Windows Hello.",
        PassMessageFormat = "{resource} has a strong method registered ({strongMethods}).",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "SMS, voice calls and e-mail one-time codes satisfy MFA but are interceptable (SIM swap, real-time phishing relay). " +
                      "A user whose registered methods include one of them and none of the strong methods (Microsoft Authenticator, " +
                      "software or hardware OATH tokens, FIDO2 and device-bound passkeys, Windows Hello, macOS Platform SSO key) is flagged. " +
                      "Users with no method at all are ENT-MFA-01's concern and out of scope here.",
        RemediationSummary = "Have the user register Microsoft Authenticator or a passkey, then disable SMS, voice and e-mail OTP in the Authentication methods policy.",
        Controls = [Controls.AuthenticationInformation, Controls.SecureAuthentication, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks = [],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraMfaRegistration],
        Parameters = [SharedParameters.BreakGlassAccounts, SharedParameters.ServiceAccounts],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraUser, bool>> Scope => u =>
        IsInteractiveMember(u) && (u.Mfa == null || u.Mfa.MethodsRegistered.Count > 0);

    protected override Expression<Func<EntraUser, bool>> Violation => u =>
        !AuthenticationMethods.AnyOf(u.Mfa!.MethodsRegistered, AuthenticationMethods.Strong)
        && AuthenticationMethods.AnyOf(u.Mfa.MethodsRegistered, AuthenticationMethods.Weak);

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("weakMethods", AuthenticationMethods.Only(u.Mfa?.MethodsRegistered, AuthenticationMethods.Weak)),
        ("strongMethods", AuthenticationMethods.Only(u.Mfa?.MethodsRegistered, AuthenticationMethods.Strong)),
        ("methodsRegistered", u.Mfa?.MethodsRegistered));

    protected override string RemediationFor(EntraUser u) =>
        $"Ask {u.UserPrincipalName} to add Microsoft Authenticator or a passkey at https://aka.ms/mysecurityinfo, or run a registration campaign " +
        "(Protection > Authentication methods > Registration campaign). Then turn off SMS, Voice call and Email OTP for members: " +
        "Microsoft Entra admin center > Protection > Authentication methods > Policies " +
        "(Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration -AuthenticationMethodConfigurationId 'Sms' -BodyParameter @{ '@odata.type' = '#microsoft.graph.smsAuthenticationMethodConfiguration'; state = 'disabled' }).";
}
