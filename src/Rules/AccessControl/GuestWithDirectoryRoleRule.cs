using System.Collections.Frozen;
using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>ENT-PRIV-06: a guest (external) account holds a directory role, active or eligible, directly or through a group.</summary>
public sealed class GuestWithDirectoryRoleRule : FactRule<EntraUser>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PRIV-06",
        Title = "Guest holds a directory role",
        MessageFormat = "{resource} is a guest account and holds {roles} (highly privileged: {holdsPrivilegedRole}).",
        PassMessageFormat = "{resource} holds {roles} as a member account.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Administrative roles belong to the organisation's own accounts, whose life cycle, MFA and sign-in the " +
                      "organisation controls. A guest's credentials are managed by another tenant or provider, so a guest must not " +
                      "hold any directory role — active or eligible, directly or through a group. Guests are recognised by " +
                      "userType 'Guest' or '#EXT#' in the user principal name.",
        RemediationSummary = "Remove the role from the guest; give the person a member account in this tenant if they need to administer it.",
        Controls = [Controls.PrivilegedAccess, Controls.AccessRights, Controls.OrgAccess],
        Benchmarks = [new("CIS Azure 6.3.2 (v4)", "review guest users"), new("CISA ScubaGear", "MS.AAD.8 guest access (closest)")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraDirectoryRoles, Datasets.EntraPim],
        Parameters = [SharedParameters.PrivilegedRoles],
    };

    private FrozenSet<string> _privileged = FrozenSet<string>.Empty;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _privileged = parameters.Set(SharedParameters.PrivilegedRoles);
    }

    protected override Expression<Func<EntraUser, bool>> Scope => u => u.Roles.Count > 0;

    protected override Expression<Func<EntraUser, bool>> Violation => u => u.IsGuest;

    // A guest seen with an active role is a failure whatever eligible roles PIM would add.
    protected override bool FailStandsWithout(EntraUser u, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) =>
        PartialData.OnlyMissing(missing, Datasets.EntraPim) && PartialData.HoldsActive(u);

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("roles", RoleNames.HeldBy(u)),
        ("holdsPrivilegedRole", u.HoldsAnyRole(_privileged)),
        ("userType", u.UserType),
        ("accountEnabled", u.AccountEnabled));

    protected override string? CommandFor(EntraUser u)
    {
        return $"Get-MgRoleManagementDirectoryRoleAssignment -Filter {Shell.PsFilter(("principalId", u.Id))} | ForEach-Object {{ Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId $_.Id }}";
    }

    protected override string RemediationFor(EntraUser u) =>
        $"Remove the directory roles of guest {u.UserPrincipalName}: Microsoft Entra admin center > Users > the user > Assigned roles " +
        "(active and eligible), or: " +
        $"Get-MgRoleManagementDirectoryRoleAssignment -Filter {Shell.PsFilter(("principalId", u.Id))} | ForEach-Object {{ Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId $_.Id }}. " +
        "Eligible assignments: Identity Governance > Privileged Identity Management > Microsoft Entra roles > Assignments > Eligible > Remove. " +
        "Roles held through a group: remove the guest from the role-assignable group. If the person must administer the tenant, create a member account for them.";
}
