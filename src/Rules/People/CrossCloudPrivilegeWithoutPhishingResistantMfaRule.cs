using System.Collections.Frozen;
using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.People;

/// <summary>PERSON-MFA-01: a person privileged in two or more places has no phishing-resistant method in Entra ID.</summary>
public sealed class CrossCloudPrivilegeWithoutPhishingResistantMfaRule : FactRule<Person>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "PERSON-MFA-01",
        Title = "Person privileged in several clouds without phishing-resistant MFA",
        MessageFormat = "{resource} is privileged in {privilegedIn} but has no phishing-resistant method registered in Entra ID (registered: {methodsRegistered}).",
        PassMessageFormat = "{resource} is privileged in {privilegedIn} and has {phishingResistantMethods} registered.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "One phished person who administers Entra ID, Azure and AWS hands over all three. A person (an Entra user with the Azure " +
                      "role assignments and AWS IAM users that link to it) who is privileged in two or more places — a highly privileged " +
                      "Entra role (active or eligible), Owner / User Access Administrator / Contributor on an Azure subscription (directly " +
                      "or through a group), administrator rights on a linked AWS IAM user or an administrator permission set assigned to a linked IAM " +
                      "Identity Center user — must have a phishing-resistant method (FIDO2 key, device-bound passkey, " +
                      "Windows Hello for Business) registered in Entra ID.",
        RemediationSummary = "Register a FIDO2 security key or device-bound passkey for the person and require phishing-resistant MFA for their admin access.",
        Controls = [.. PersonControls.All, Controls.SecureAuthentication, Controls.OrgMfa],
        Since = "0.5.0",
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.3.6v1 (phishing-resistant MFA for privileged users)")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraMfaRegistration, Datasets.EntraDirectoryRoles, Datasets.EntraPim,
                        Datasets.AzureSubscriptions, Datasets.AzureRoleAssignments, Datasets.AwsUserPolicies, Datasets.EntraGroupMembers,
                        Datasets.AwsIdentityCenter, Datasets.AwsIdentityCenterAssignments],
        Parameters = [SharedParameters.PrivilegedRoles],
    };

    private FrozenSet<string> _privileged = FrozenSet<string>.Empty;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _privileged = parameters.Set(SharedParameters.PrivilegedRoles);
    }

    // Most people hold nothing outside Entra ID: that test comes first and allocates nothing, for a million people.
    protected override Expression<Func<Person, bool>> Scope => p =>
        (p.Aws.Count > 0 || p.Azure.Count > 0 || p.IdentityCenter.Count > 0) && p.User.AccountEnabled != false && PlaceCount(p) >= 2;

    protected override Expression<Func<Person, bool>> DataPresent => p => p.User.AccountEnabled != null && p.User.Mfa != null;

    protected override string MissingData(Person p) => p.User.AccountEnabled is null
        ? "accountEnabled was not reported for this person"
        : "the person is missing from the MFA registration report (userRegistrationDetails)";

    protected override Expression<Func<Person, bool>> Violation => p =>
        !AuthenticationMethods.AnyOf(p.User.Mfa!.MethodsRegistered, AuthenticationMethods.PhishingResistant);

    // More data could only add places; only the MFA registration itself or the user could undo the finding.
    protected override bool FailStandsWithout(Person p, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) =>
        !missing.Contains(Datasets.EntraMfaRegistration) && !missing.Contains(Datasets.EntraUsers);

    private int PlaceCount(Person p) =>
        (p.User.HoldsAnyRole(_privileged) ? 1 : 0) + (p.Azure.Count > 0 ? 1 : 0) + (HoldsAwsAdministrator(p) ? 1 : 0);

    // An IAM user with administrator policies, or an Identity Center user with an administrator permission set: one place, AWS.
    private static bool HoldsAwsAdministrator(Person p)
    {
        if (p.IdentityCenter.Count > 0 && p.HoldsIdentityCenterAdministrator == true)
            return true;
        foreach (var a in p.Aws)
        {
            if (a.IamUser.AdministratorPolicies is { Count: > 0 } || a.IamUser.GroupAdministratorPolicies is { Count: > 0 })
                return true;
        }
        return false;
    }

    private List<string> Places(Person p)
    {
        var places = new List<string>(3);
        if (p.User.HoldsAnyRole(_privileged))
            places.Add("Entra ID");
        if (p.Azure.Count > 0)
            places.Add("Azure");
        if (HoldsAwsAdministrator(p))
            places.Add("AWS");
        return places;
    }

    protected override IReadOnlyDictionary<string, object?> Observed(Person p) => Observations.Of(
        ("privilegedIn", Places(p)),
        ("phishingResistantMethods", AuthenticationMethods.Only(p.User.Mfa?.MethodsRegistered, AuthenticationMethods.PhishingResistant)),
        ("methodsRegistered", p.User.Mfa?.MethodsRegistered));

    protected override string RemediationFor(Person p) =>
        $"Register a FIDO2 security key or device-bound passkey for {p.User.UserPrincipalName} at https://aka.ms/mysecurityinfo (bootstrap with a Temporary " +
        $"Access Pass: New-MgUserAuthenticationTemporaryAccessPassMethod -UserId {Shell.Ps(p.User.Id)} -BodyParameter @{{ isUsableOnce = $true }}); require the " +
        "'Phishing-resistant MFA' authentication strength for their admin roles and for the Azure management app; for AWS, move the person's " +
        "administration to IAM Identity Center federated with Entra ID so the same strength applies, and remove the IAM user.";
}
