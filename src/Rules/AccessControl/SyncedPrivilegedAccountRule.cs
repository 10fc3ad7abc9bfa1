using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>ENT-PRIV-07: a holder of a highly privileged role is synchronised from on-premises Active Directory.</summary>
public sealed class SyncedPrivilegedAccountRule : PrivilegedUserRule, IReadsFactTypes
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

    public IReadOnlyList<Type> FactTypes { get; } = [typeof(EntraUser), typeof(EntraTenant)];

    // The tenant's onmicrosoft.com domain per tenant, for the new account's name (joined in Define; per evaluation).
    private readonly Dictionary<string, string> _initialDomains = new(StringComparer.Ordinal);

    /// <summary>The violation pattern of <see cref="FactRule{TFact}"/>, with the user's tenant collected beside it (an empty
    /// collection when the tenant was not read): its verified domains name the domain of the cloud-only account.</summary>
    public override void Define()
    {
        EntraUser user = null!;
        IEnumerable<EntraTenant> tenants = null!;
        IDecisionSink sink = null!;

        Name(Descriptor.Id);
        Dependency().Resolve(() => sink);
        When().Match(() => user, Scope, DataPresent, Violation)
            .Query(() => tenants, q => q.Match<EntraTenant>(t => t.TenantId == user.TenantId).Collect());
        Then().Do(_ => Decide(sink, user, tenants));
    }

    private void Decide(IDecisionSink sink, EntraUser user, IEnumerable<EntraTenant> tenants)
    {
        var initial = tenants.SelectMany(t => t.VerifiedDomains)
            .Where(d => d.EndsWith(".onmicrosoft.com", StringComparison.OrdinalIgnoreCase) && !d.EndsWith(".mail.onmicrosoft.com", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (initial.Count == 1)
            _initialDomains[user.TenantId] = initial[0];
        sink.Violation(this, user, null);
    }

    protected override Expression<Func<EntraUser, bool>> Violation => u => u.OnPremisesSyncEnabled || u.OnPremisesImmutableId != null;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("privilegedRoles", PrivilegedRolesOf(u)),
        ("onPremisesSyncEnabled", u.OnPremisesSyncEnabled),
        ("hasOnPremisesImmutableId", u.OnPremisesImmutableId != null));

    /// <summary>The new cloud-only account's names, proposed from the user's own: display name "… (admin)", alias
    /// <c>adm-&lt;UPN prefix&gt;</c> on the tenant's onmicrosoft.com domain (from its verified domains; the UPN's own domain
    /// when that is one; <c>&lt;tenant&gt;.onmicrosoft.com</c> when the tenant was not read). The temporary password is
    /// always the admin's to choose.</summary>
    protected override string RemediationFor(EntraUser u)
    {
        var at = u.UserPrincipalName.LastIndexOf('@');
        var prefix = at > 0 ? u.UserPrincipalName[..at] : u.UserPrincipalName;
        var domain = _initialDomains.GetValueOrDefault(u.TenantId)
            ?? (at > 0 && u.UserPrincipalName[(at + 1)..].EndsWith(".onmicrosoft.com", StringComparison.OrdinalIgnoreCase)
                ? u.UserPrincipalName[(at + 1)..] : "<tenant>.onmicrosoft.com");
        var alias = "adm-" + prefix;
        return $"Create a cloud-only admin account for {u.DisplayName ?? u.UserPrincipalName} on the tenant's onmicrosoft.com domain " +
            $"(New-MgUser -AccountEnabled -DisplayName {Shell.Ps($"{u.DisplayName ?? prefix} (admin)")} -UserPrincipalName {Shell.Ps($"{alias}@{domain}")} " +
            $"-MailNickname {Shell.Ps(alias)} -PasswordProfile @{{ ForceChangePasswordNextSignIn = $true; Password = '<temporary password>' }}), " +
            $"assign it {string.Join(", ", PrivilegedRolesOf(u))} (eligible through PIM), then remove the roles from {u.UserPrincipalName}: " +
            $"Get-MgRoleManagementDirectoryRoleAssignment -Filter {Shell.PsFilter(("principalId", u.Id))} | ForEach-Object {{ Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId $_.Id }}.";
    }
}
