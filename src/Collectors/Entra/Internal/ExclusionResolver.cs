using ComplianceEngine.Engine.Facts.Entra;
using CaPolicy = ComplianceEngine.Engine.Facts.Entra.ConditionalAccessPolicy;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// Resolves who a conditional-access policy leaves out, so that the rules can hold exclusions against the configured
/// break-glass accounts: excluded users and excluded groups' members get their UPN, excluded groups their transitive user members (each group read
/// once, through the same cache as role-assignable groups). A group that cannot be read is left out of
/// <see cref="CaPolicy.ExcludeGroupMembers"/> and its failure returned, to be stated on the conditional-access dataset.
/// </summary>
internal static class ExclusionResolver
{
    public static async Task<(IReadOnlyList<CaPolicy>? Policies, EndpointFailure? Failure)> ResolveAsync(IReadOnlyList<CaPolicy>? policies,
        IReadOnlyList<EntraUser> users, GroupMemberCache groups, CancellationToken cancellationToken)
    {
        if (policies is null)
            return (null, null);
        var groupIds = policies.SelectMany(p => p.ExcludeGroups).Distinct(StringComparer.Ordinal).ToList();
        var (members, failure, _) = await groups.ExpandAsync(groupIds, cancellationToken);
        var readable = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in groupIds)
        {
            var result = await groups.MembersAsync(id, cancellationToken);
            if (result.IsComplete)
                readable[id] = members[id];
        }
        // UPNs of excluded users and of the excluded groups' members: break-glass accounts are often listed by UPN.
        var excludedUsers = policies.SelectMany(p => p.ExcludeUsers).Concat(readable.Values.SelectMany(m => m)).ToHashSet(StringComparer.Ordinal);
        var upns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var user in users)
        {
            if (excludedUsers.Contains(user.Id))
                upns[user.Id] = user.UserPrincipalName;
        }
        var resolved = policies.Select(p => p with
        {
            ExcludeGroupMembers = p.ExcludeGroups.Where(readable.ContainsKey).ToDictionary(g => g, g => readable[g], StringComparer.Ordinal),
            ExcludeUserPrincipalNames = p.ExcludeUsers.Concat(p.ExcludeGroups.Where(readable.ContainsKey).SelectMany(g => readable[g]))
                .Where(upns.ContainsKey).Distinct(StringComparer.Ordinal).ToDictionary(u => u, u => upns[u], StringComparer.Ordinal),
        }).ToList();
        return (resolved, failure);
    }
}
