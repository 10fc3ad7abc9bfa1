using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>ENT-PRIV-08: a holder of a highly privileged role has not signed in for <c>privilegedInactiveDays</c> days.</summary>
public sealed class PrivilegedUserWithoutRecentSignInRule : PrivilegedUserRule
{
    public static readonly ParameterDescriptor InactiveDays = ParameterDescriptor.Integer("privilegedInactiveDays", 30,
        "Days without a sign-in after which a privileged role holder is flagged (PIM's stale-account alert allows 1–365).", min: 1);

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PRIV-08",
        Title = "Privileged user without a recent sign-in",
        MessageFormat = "{resource} holds {privilegedRoles} but has not signed in for {privilegedInactiveDays} days or more (last sign-in: {lastSignIn}; created {createdDateTime}).",
        PassMessageFormat = "{resource} holds {privilegedRoles} and last signed in {lastSignIn}.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "A privileged role that is not used is standing risk without benefit: remove it or make it eligible. " +
                      "The last successful sign-in is used (falling back to the latest interactive or non-interactive sign-in); an " +
                      "account that never signed in is flagged once it is older than the limit. Break-glass accounts are not applicable: " +
                      "they are meant to stay unused and are tested by procedure instead.",
        RemediationSummary = "Confirm with the holder and their manager whether the role is still needed; remove it, or convert it to an eligible PIM assignment.",
        Controls = [Controls.PrivilegedAccess, Controls.AccessRights, Controls.OrgAccess],
        Benchmarks = [new("Entra PIM alert", "Potential stale accounts in a privileged role")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraDirectoryRoles, Datasets.EntraPim, Datasets.EntraSignInActivity],
        Parameters = [InactiveDays, SharedParameters.PrivilegedRoles, SharedParameters.BreakGlassAccounts],
    };

    private BreakGlass _breakGlass = BreakGlass.None;
    private DateTimeOffset _cutoff;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _breakGlass = BreakGlass.From(parameters);
        _cutoff = now.AddDays(-parameters.Int(InactiveDays));
    }

    protected override Expression<Func<EntraUser, bool>> Scope => u =>
        u.AccountEnabled != false && u.HoldsAnyRole(Privileged) && !_breakGlass.Contains(u);

    protected override string? NotApplicable(EntraUser u) =>
        _breakGlass.Contains(u) && u.HoldsAnyRole(Privileged) ? "break-glass account (breakGlassAccounts): kept unused on purpose, tested by procedure" : null;

    protected override Expression<Func<EntraUser, bool>> DataPresent => u => SignInInactivity.IsKnown(u);

    protected override string MissingData(EntraUser u) => SignInInactivity.WhyUnknown(u);

    protected override Expression<Func<EntraUser, bool>> Violation => u => SignInInactivity.InactiveSince(u, _cutoff);

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("privilegedRoles", PrivilegedRolesOf(u)),
        ("lastSignIn", u.SignIn?.LastActivity),
        ("daysSinceSignIn", DaysSince(u.SignIn?.LastActivity)),
        ("createdDateTime", u.CreatedDateTime),
        ("privilegedInactiveDays", Parameters.Int(InactiveDays)));

    protected override string? CommandFor(EntraUser u)
    {
        return $"Get-MgRoleManagementDirectoryRoleAssignment -Filter {Shell.PsFilter(("principalId", u.Id))} | ForEach-Object {{ Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId $_.Id }}";
    }

    protected override string RemediationFor(EntraUser u) =>
        $"Ask {u.UserPrincipalName} and their manager whether {string.Join(", ", PrivilegedRolesOf(u))} is still needed. " +
        "If not, remove it: " +
        $"Get-MgRoleManagementDirectoryRoleAssignment -Filter {Shell.PsFilter(("principalId", u.Id))} | ForEach-Object {{ Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId $_.Id }}; " +
        "if it is needed occasionally, make it eligible instead: Identity Governance > Privileged Identity Management > Microsoft Entra roles > Assignments > the assignment > Update > Eligible.";
}
