using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>ENT-MFA-08: a holder of a highly privileged directory role (active or eligible) has no MFA registered.</summary>
public sealed class PrivilegedUserWithoutMfaRule : PrivilegedUserRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-MFA-08",
        Title = "Privileged role holder without MFA registered",
        MessageFormat = "{resource} holds {privilegedRoles} but has no MFA method registered.",
        PassMessageFormat = "{resource} holds {privilegedRoles} and has MFA registered ({methodsRegistered}).",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Anyone who holds a highly privileged directory role, active or eligible, directly or through a group, " +
                      "must have MFA registered: no grace period, guests included, break-glass accounts included.",
        RemediationSummary = "Register a phishing-resistant method for the account before it keeps the role, or remove the role.",
        Controls = [Controls.PrivilegedAccess, Controls.SecureAuthentication, Controls.OrgMfa, Controls.OrgAccess],
        Benchmarks = [new("CIS M365 5.2.2.1", "MFA for administrative roles")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraMfaRegistration, Datasets.EntraDirectoryRoles, Datasets.EntraPim],
        Parameters = [SharedParameters.PrivilegedRoles],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraUser, bool>> DataPresent => u => u.AccountEnabled != null && u.Mfa != null;

    protected override string MissingData(EntraUser user) =>
        user.AccountEnabled is null ? "accountEnabled was not reported for this privileged user"
        : "the privileged user is missing from the MFA registration report (userRegistrationDetails)";

    protected override Expression<Func<EntraUser, bool>> Violation => u => !u.Mfa!.IsMfaRegistered;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("privilegedRoles", PrivilegedRolesOf(u)),
        ("isMfaRegistered", u.Mfa?.IsMfaRegistered),
        ("methodsRegistered", u.Mfa?.MethodsRegistered));

    protected override string? CommandFor(EntraUser u)
    {
        return $"New-MgUserAuthenticationTemporaryAccessPassMethod -UserId {Shell.Ps(u.Id)} -BodyParameter @{{ isUsableOnce = $true }}";
    }

    protected override string RemediationFor(EntraUser u) =>
        $"Register a FIDO2 key or Windows Hello for {u.UserPrincipalName} (issue a Temporary Access Pass to bootstrap: " +
        $"New-MgUserAuthenticationTemporaryAccessPassMethod -UserId {Shell.Ps(u.Id)} -BodyParameter @{{ isUsableOnce = $true }}), " +
        "or remove the role: Microsoft Entra admin center > Roles & admins > the role > Assignments.";
}
