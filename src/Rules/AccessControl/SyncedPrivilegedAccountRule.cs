using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>ENT-PRIV-07: a holder of a highly privileged role is synchronised from on-premises Active Directory.</summary>
public sealed class SyncedPrivilegedAccountRule : PrivilegedUserRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PRIV-07",
        Title = "Privileged account synchronised from on-premises",
        MessageFormat = "{resource} holds {privilegedRoles} but is synchronised from on-premises (onPremisesSyncEnabled: {onPremisesSyncEnabled}, immutable id present: {hasOnPremisesImmutableId}).",
        PassMessageFormat = "{resource} holds {privilegedRoles} and is a cloud-only account.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "A compromise of on-premises Active Directory must not become a compromise of the cloud tenant. Accounts " +
                      "holding highly privileged roles (active or eligible) must be cloud-only: not synchronised " +
                      "(onPremisesSyncEnabled) and without an on-premises immutable id.",
        RemediationSummary = "Create a cloud-only admin account for the person, move the roles to it, and remove them from the synchronised account.",
        Controls = [Controls.PrivilegedAccess, Controls.CloudPrivilegedAccess, Controls.OrgAccess],
        Benchmarks =
        [
            new("CIS M365 1.1.1", "administrative accounts are cloud-only"), new("CISA ScubaGear", "MS.AAD.7.3v1"),
            new("Prowler", "entra_admin_users_cloud_only"),
        ],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraDirectoryRoles, Datasets.EntraPim],
        Parameters = [SharedParameters.PrivilegedRoles],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraUser, bool>> Violation => u => u.OnPremisesSyncEnabled || u.OnPremisesImmutableId != null;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("privilegedRoles", PrivilegedRolesOf(u)),
        ("onPremisesSyncEnabled", u.OnPremisesSyncEnabled),
        ("hasOnPremisesImmutableId", u.OnPremisesImmutableId != null));

    /// <summary>The new cloud-only account's names, proposed from the user's own: display name "… (admin)", alias
    /// <c>adm-&lt;UPN prefix&gt;</c> on the UPN's domain when that is already the tenant's onmicrosoft.com domain. A synchronised
    /// user's UPN is normally on a federated domain, and the tenant's initial domain is not part of the user's data, so the
    /// domain stays <c>&lt;tenant&gt;.onmicrosoft.com</c> then; the temporary password is always the admin's to choose.</summary>
    protected override string RemediationFor(EntraUser u)
    {
        var at = u.UserPrincipalName.LastIndexOf('@');
        var prefix = at > 0 ? u.UserPrincipalName[..at] : u.UserPrincipalName;
        var domain = at > 0 && u.UserPrincipalName[(at + 1)..].EndsWith(".onmicrosoft.com", StringComparison.OrdinalIgnoreCase)
            ? u.UserPrincipalName[(at + 1)..] : "<tenant>.onmicrosoft.com";
        var alias = "adm-" + prefix;
        return $"Create a cloud-only admin account for {u.DisplayName ?? u.UserPrincipalName} on the tenant's onmicrosoft.com domain " +
            $"(New-MgUser -AccountEnabled -DisplayName {Shell.Ps($"{u.DisplayName ?? prefix} (admin)")} -UserPrincipalName {Shell.Ps($"{alias}@{domain}")} " +
            $"-MailNickname {Shell.Ps(alias)} -PasswordProfile @{{ ForceChangePasswordNextSignIn = $true; Password = '<temporary password>' }}), " +
            $"assign it {string.Join(", ", PrivilegedRolesOf(u))} (eligible through PIM), then remove the roles from {u.UserPrincipalName}: " +
            $"Get-MgRoleManagementDirectoryRoleAssignment -Filter {Shell.PsFilter(("principalId", u.Id))} | ForEach-Object {{ Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId $_.Id }}.";
    }
}
