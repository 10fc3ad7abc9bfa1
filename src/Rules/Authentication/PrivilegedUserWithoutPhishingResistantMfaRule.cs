using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>ENT-MFA-04: a holder of a highly privileged role has no phishing-resistant method registered.</summary>
public sealed class PrivilegedUserWithoutPhishingResistantMfaRule : PrivilegedUserRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-MFA-04",
        Title = "Privileged user without a phishing-resistant method",
        MessageFormat = "{resource} holds {privilegedRoles} but has no phishing-resistant method registered (registered: {methodsRegistered}).",
        PassMessageFormat = "{resource} holds {privilegedRoles} and has {phishingResistantMethods} registered.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Administrators are phished with real-time relays that defeat push, code and SMS factors. Every holder of a highly " +
                      "privileged role (active or eligible, break-glass accounts included) must have a phishing-resistant method: a FIDO2 " +
                      "security key, a device-bound passkey or Windows Hello for Business. Certificate-based authentication does not " +
                      "appear in the registration report; tenants relying on it review those users manually.",
        RemediationSummary = "Register a FIDO2 security key, device-bound passkey or Windows Hello for the admin, then require the 'Phishing-resistant MFA' authentication strength for admin roles.",
        Controls = [Controls.PrivilegedAccess, Controls.SecureAuthentication, Controls.OrgMfa, Controls.OrgAccess],
        Benchmarks = [new("CIS M365 5.2.2.5", "phishing-resistant MFA for administrators")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraMfaRegistration, Datasets.EntraDirectoryRoles, Datasets.EntraPim],
        Parameters = [SharedParameters.PrivilegedRoles],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraUser, bool>> DataPresent => u => u.AccountEnabled != null && u.Mfa != null;

    protected override string MissingData(EntraUser u) =>
        u.AccountEnabled is null ? "accountEnabled was not reported for this privileged user"
        : "the privileged user is missing from the MFA registration report (userRegistrationDetails)";

    protected override Expression<Func<EntraUser, bool>> Violation => u =>
        !AuthenticationMethods.AnyOf(u.Mfa!.MethodsRegistered, AuthenticationMethods.PhishingResistant);

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("privilegedRoles", PrivilegedRolesOf(u)),
        ("phishingResistantMethods", AuthenticationMethods.Only(u.Mfa?.MethodsRegistered, AuthenticationMethods.PhishingResistant)),
        ("methodsRegistered", u.Mfa?.MethodsRegistered));

    protected override string? CommandFor(EntraUser u)
    {
        return $"New-MgUserAuthenticationTemporaryAccessPassMethod -UserId {Shell.Ps(u.Id)} -BodyParameter @{{ isUsableOnce = $true }}";
    }

    protected override string RemediationFor(EntraUser u) =>
        $"Register a FIDO2 security key or device-bound passkey for {u.UserPrincipalName} at https://aka.ms/mysecurityinfo (bootstrap with a " +
        $"Temporary Access Pass: New-MgUserAuthenticationTemporaryAccessPassMethod -UserId {Shell.Ps(u.Id)} -BodyParameter @{{ isUsableOnce = $true }}), " +
        "make sure Passkey (FIDO2) is enabled in Protection > Authentication methods > Policies, then require the built-in authentication strength " +
        "'Phishing-resistant MFA' for the admin roles in a conditional-access policy (see ENT-MFA-06).";
}
