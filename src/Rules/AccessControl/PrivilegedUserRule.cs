using System.Collections.Frozen;
using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>
/// Base of the rules about holders of a highly privileged directory role (<c>privilegedRoles</c>), active or
/// eligible, direct or through a group. An account whose enabled state was not reported is in scope and gives
/// Error: a disabled-looking admin is never silently skipped.
/// </summary>
public abstract class PrivilegedUserRule : FactRule<EntraUser>
{
    protected FrozenSet<string> Privileged { get; private set; } = FrozenSet<string>.Empty;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        Privileged = parameters.Set(SharedParameters.PrivilegedRoles);
    }

    protected override Expression<Func<EntraUser, bool>> Scope => u => u.AccountEnabled != false && u.HoldsAnyRole(Privileged);

    protected override Expression<Func<EntraUser, bool>> DataPresent => u => u.AccountEnabled != null;

    protected override string MissingData(EntraUser user) => "accountEnabled was not reported for this privileged user";

    /// <summary>Whether the violation itself reads PIM data (schedules, time bounds), so that missing PIM data can undo it.</summary>
    protected virtual bool ViolationReadsPim => false;

    // Without entra.pim a holder of an active privileged role is still in scope, and a violation about the person stands.
    protected override bool FailStandsWithout(EntraUser u, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) =>
        !ViolationReadsPim && PartialData.OnlyMissing(missing, Datasets.EntraPim) && PartialData.HoldsActive(u, Privileged);

    /// <summary>The names of the highly privileged roles the user holds, for observed values and messages.</summary>
    protected IReadOnlyList<string> PrivilegedRolesOf(EntraUser user) => RoleNames.HeldBy(user, Privileged);
}
