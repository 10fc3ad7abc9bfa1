using System.Collections.Frozen;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Rules.Internal;

/// <summary>
/// The one reading of <c>breakGlassAccounts</c> every rule shares: each entry is a user principal name, a user object
/// id or a group object id. A member of a listed group is a break-glass account too — for a user fact that is a user
/// who holds a role through that group; for a conditional-access exclusion, a group whose members are all listed.
/// </summary>
internal sealed class BreakGlass
{
    private readonly FrozenSet<string> _entries;

    private BreakGlass(FrozenSet<string> entries) => _entries = entries;

    public static BreakGlass None { get; } = new(FrozenSet<string>.Empty);

    public static BreakGlass From(RuleParameters parameters) => new(parameters.Set(SharedParameters.BreakGlassAccounts));

    /// <summary>The break-glass accounts and the service accounts, read the same way, for rules that leave out both.</summary>
    public static BreakGlass AndServiceAccounts(RuleParameters parameters) =>
        new(parameters.Strings(SharedParameters.BreakGlassAccounts).Concat(parameters.Strings(SharedParameters.ServiceAccounts))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>A user named by UPN or id, or reached through a break-glass group for one of its roles.</summary>
    public bool Contains(EntraUser user) =>
        _entries.Contains(user.UserPrincipalName) || _entries.Contains(user.Id) || user.Roles.Any(r => r.ViaGroupId is { } g && _entries.Contains(g));

    public bool IsGroup(string? groupId) => groupId is not null && _entries.Contains(groupId);

    /// <summary>An excluded user (by object id) is break-glass when its id or its UPN is listed.</summary>
    public bool ContainsUser(string userId, IReadOnlyDictionary<string, string> principalNames) =>
        _entries.Contains(userId) || (principalNames.TryGetValue(userId, out var upn) && _entries.Contains(upn));

    /// <summary>
    /// Whether a policy's excluded group only excludes break-glass accounts: the group itself is listed, or its
    /// transitive members were read and each is. Null when the group is not listed and its members are unknown.
    /// </summary>
    public bool? ExcludedGroupIsBreakGlass(ConditionalAccessPolicy policy, string groupId)
    {
        if (_entries.Contains(groupId))
            return true;
        if (!policy.ExcludeGroupMembers.TryGetValue(groupId, out var members))
            return null;
        return members.All(m => ContainsUser(m, policy.ExcludeUserPrincipalNames));
    }
}
