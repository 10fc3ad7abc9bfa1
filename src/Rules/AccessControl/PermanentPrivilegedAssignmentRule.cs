using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>
/// ENT-PRIV-03: a highly privileged role is held through a permanent active assignment (no end date) instead of
/// an eligible or time-bound one. Needs PIM data: without it, whether an assignment ends is unknown, so the rule
/// gives an Error for the tenant, never a pass.
/// </summary>
public sealed class PermanentPrivilegedAssignmentRule : PrivilegedUserRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PRIV-03",
        Title = "Permanent active assignment to a highly privileged role",
        MessageFormat = "{resource} holds {permanentRoles} through a permanent active assignment.",
        PassMessageFormat = "{resource} holds {privilegedRoles} only through eligible or time-bound assignments.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Standing privilege is privilege an attacker can use at any time. Highly privileged roles must be eligible " +
                      "(activated just in time through PIM, with MFA and justification) or at least time-bound. An active " +
                      "assignment without an end date — direct or through a group — fails. Break-glass accounts are not applicable: " +
                      "they are permanent by design. The rule needs PIM schedules (Entra ID P2); without them it cannot tell a " +
                      "time-bound assignment from a permanent one and reports an Error.",
        RemediationSummary = "Convert the assignment to eligible in PIM (maximum activation 8 hours, MFA and justification on activation), or give it an end date.",
        Controls = [Controls.PrivilegedAccess, Controls.CloudPrivilegedAccess, Controls.OrgAccess],
        Benchmarks = [new("CIS M365 5.3.1", "PIM used to manage roles"), new("CISA ScubaGear", "MS.AAD.7.4v1")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraDirectoryRoles, Datasets.EntraPim],
        Parameters = [SharedParameters.PrivilegedRoles, SharedParameters.BreakGlassAccounts],
    };

    private BreakGlass _breakGlass = BreakGlass.None;

    public override RuleDescriptor Descriptor => Rule;

    protected override bool ViolationReadsPim => true;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _breakGlass = BreakGlass.From(parameters);
    }

    protected override Expression<Func<EntraUser, bool>> Scope => u =>
        u.AccountEnabled != false && u.HoldsAnyRole(Privileged) && !_breakGlass.Contains(u);

    protected override string? NotApplicable(EntraUser u) =>
        _breakGlass.Contains(u) && u.HoldsAnyRole(Privileged) ? "break-glass account (breakGlassAccounts): permanent by design" : null;

    protected override Expression<Func<EntraUser, bool>> Violation => u => HasPermanentActive(u);

    private bool HasPermanentActive(EntraUser u) => PermanentActive(u).Any();

    private IEnumerable<DirectoryRoleAssignment> PermanentActive(EntraUser u) =>
        u.Roles.Where(r => Privileged.Contains(r.RoleTemplateId) && !r.IsEligible && r.IsPermanent);

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("permanentRoles", RoleNames.Of(PermanentActive(u).Select(r => r.RoleTemplateId))),
        ("eligibleRoles", RoleNames.Of(u.Roles.Where(r => Privileged.Contains(r.RoleTemplateId) && r.IsEligible).Select(r => r.RoleTemplateId))),
        ("privilegedRoles", PrivilegedRolesOf(u)),
        ("viaGroups", PermanentActive(u).Select(r => r.ViaGroupId).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList()));

    protected override string? CommandFor(EntraUser u)
    {
        var roles = PermanentActive(u).Select(r => r.RoleTemplateId).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
        return string.Join(" ", roles.Select(role =>
            $"New-MgRoleManagementDirectoryRoleEligibilityScheduleRequest -BodyParameter @{{ action = 'adminAssign'; principalId = {Shell.Ps(u.Id)}; roleDefinitionId = {Shell.Ps(role)}; directoryScopeId = '/'; justification = 'Convert standing access to eligible'; scheduleInfo = @{{ startDateTime = (Get-Date).ToUniversalTime(); expiration = @{{ type = 'afterDuration'; duration = 'P365D' }} }} }}; " +
            $"New-MgRoleManagementDirectoryRoleAssignmentScheduleRequest -BodyParameter @{{ action = 'adminRemove'; principalId = {Shell.Ps(u.Id)}; roleDefinitionId = {Shell.Ps(role)}; directoryScopeId = '/' }};"));
    }

    protected override string RemediationFor(EntraUser u)
    {
        var roles = PermanentActive(u).Select(r => r.RoleTemplateId).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return $"Make {string.Join(", ", RoleNames.Of(roles))} eligible for {u.UserPrincipalName}: Identity Governance > Privileged Identity Management > " +
               "Microsoft Entra roles > Assignments > Active assignments > the assignment > Update > Assignment type Eligible (set Roles > Settings: " +
               "activation maximum 8 hours, require MFA and justification). PowerShell, per role: " +
               string.Join(" ", roles.Select(role =>
                   $"New-MgRoleManagementDirectoryRoleEligibilityScheduleRequest -BodyParameter @{{ action = 'adminAssign'; principalId = {Shell.Ps(u.Id)}; roleDefinitionId = {Shell.Ps(role)}; directoryScopeId = '/'; justification = 'Convert standing access to eligible'; scheduleInfo = @{{ startDateTime = (Get-Date).ToUniversalTime(); expiration = @{{ type = 'afterDuration'; duration = 'P365D' }} }} }}; " +
                   $"New-MgRoleManagementDirectoryRoleAssignmentScheduleRequest -BodyParameter @{{ action = 'adminRemove'; principalId = {Shell.Ps(u.Id)}; roleDefinitionId = {Shell.Ps(role)}; directoryScopeId = '/' }};")) +
               " Roles held through a group: make the group membership eligible (PIM for Groups) or the group's role assignment eligible.";
    }
}
