using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>Reads that complete a dataset after its own endpoint answered, and the gaps they leave in it.</summary>
internal static class LateGaps
{
    /// <summary>
    /// Policies are read, but whom they exclude is not fully known when an excluded group's members or the users (for
    /// the UPNs of excluded users) could not be read: the conditional-access dataset says so, and the rules give Error.
    /// </summary>
    public static DatasetStatus Exclusions(DatasetStatus dataset, IReadOnlyList<ConditionalAccessPolicy>? policies,
        EndpointFailure? groupFailure, EndpointFailure? usersFailure)
    {
        if (dataset.Status != CollectionState.Complete || policies is null)
            return dataset;
        var reason = groupFailure is not null
            ? "members of an excluded group unknown: " + groupFailure.Describe("GroupMember.Read.All")
            : usersFailure is not null && policies.Any(p => p.ExcludeUsers.Any(u => !p.ExcludeUserPrincipalNames.ContainsKey(u)))
                ? "user principal names of excluded users unknown: " + usersFailure.Describe(Permissions.Users)
                : null;
        return reason is null ? dataset : dataset with { Status = CollectionState.Partial, Reason = reason };
    }

    /// <summary>PIM for Groups is PIM data: its items count in <c>entra.pim</c>, and its first failure makes it incomplete.</summary>
    public static DatasetStatus GroupPim(DatasetStatus pim, GroupPimRead groups)
    {
        var counted = pim with { ItemCount = pim.ItemCount + groups.ItemCount };
        if (groups.Failure is null || pim.Status != CollectionState.Complete)
            return counted;
        return counted with
        {
            Status = counted.ItemCount > 0 ? CollectionState.Partial : CollectionState.Failed,
            Reason = "PIM for Groups: " + groups.Failure.Describe(Permissions.PimGroups),
        };
    }
}
