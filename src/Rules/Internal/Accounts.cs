using System.Collections.Frozen;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Rules.Internal;

/// <summary>Accounts a rule leaves out: break-glass and service accounts, named by UPN, user object id or group object id.</summary>
internal sealed class Accounts
{
    private readonly FrozenSet<string> _names;

    private Accounts(FrozenSet<string> names) => _names = names;

    public static Accounts None { get; } = new(FrozenSet<string>.Empty);

    public static Accounts BreakGlassAndService(RuleParameters p) =>
        new(p.Strings(SharedParameters.BreakGlassAccounts).Concat(p.Strings(SharedParameters.ServiceAccounts))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Named by UPN or id, or reached through a listed group for one of its roles (as <see cref="BreakGlass"/> reads groups).</summary>
    public bool Contains(EntraUser user) =>
        _names.Contains(user.UserPrincipalName) || _names.Contains(user.Id) || user.Roles.Any(r => r.ViaGroupId is { } g && _names.Contains(g));
}
