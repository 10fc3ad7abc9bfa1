using ComplianceEngine.Engine.Snapshot;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>What the role endpoints gave: per-user role holdings, and the two datasets' statuses.</summary>
internal sealed record RoleRead(RoleBook Book, DatasetStatus DirectoryRoles, DatasetStatus Pim, bool? PimAvailable);

/// <summary>
/// Reads role definitions, active assignments (<c>$expand=principal</c>) and the PIM schedules concurrently,
/// expands group principals to their transitive user members, and files everything per user.
/// </summary>
internal sealed class RoleReader(GraphServiceClient graph, EndpointReader reader, GroupMemberCache groups)
{
    public async Task<RoleRead> ReadAsync(CancellationToken cancellationToken)
    {
        var directory = graph.RoleManagement.Directory;
        var definitionsTask = reader.ReadAllAsync<UnifiedRoleDefinitionCollectionResponse, UnifiedRoleDefinition>("roleDefinitions",
            graph.RequestAdapter, next => next is null
                ? directory.RoleDefinitions.ToGetRequestInformation(r => r.QueryParameters.Select = ["id", "templateId", "displayName"])
                : directory.RoleDefinitions.WithUrl(next).ToGetRequestInformation(),
            UnifiedRoleDefinitionCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        var activeTask = WithGroupsAsync(reader.ReadAllAsync<UnifiedRoleAssignmentCollectionResponse, UnifiedRoleAssignment>("roleAssignments",
            graph.RequestAdapter, next => next is null
                ? directory.RoleAssignments.ToGetRequestInformation(r => r.QueryParameters.Expand = ["principal"])
                : directory.RoleAssignments.WithUrl(next).ToGetRequestInformation(),
            UnifiedRoleAssignmentCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken), a => a.Principal, cancellationToken);
        var eligibleTask = WithGroupsAsync(reader.ReadAllAsync<UnifiedRoleEligibilityScheduleCollectionResponse, UnifiedRoleEligibilitySchedule>("roleEligibilitySchedules",
            graph.RequestAdapter, next => next is null
                ? directory.RoleEligibilitySchedules.ToGetRequestInformation(r => r.QueryParameters.Expand = ["principal"])
                : directory.RoleEligibilitySchedules.WithUrl(next).ToGetRequestInformation(),
            UnifiedRoleEligibilityScheduleCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken), s => s.Principal, cancellationToken);
        var schedulesTask = reader.ReadAllAsync<UnifiedRoleAssignmentScheduleCollectionResponse, UnifiedRoleAssignmentSchedule>("roleAssignmentSchedules",
            graph.RequestAdapter, next => next is null
                ? directory.RoleAssignmentSchedules.ToGetRequestInformation()
                : directory.RoleAssignmentSchedules.WithUrl(next).ToGetRequestInformation(),
            UnifiedRoleAssignmentScheduleCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        await Task.WhenAll(definitionsTask, activeTask, eligibleTask, schedulesTask);

        var definitions = definitionsTask.Result;
        var (active, activeGroups) = activeTask.Result;
        var (eligible, eligibleGroups) = eligibleTask.Result;
        var schedules = schedulesTask.Result;
        var pimComplete = eligible.IsComplete && schedules.IsComplete;
        bool? pimAvailable = pimComplete ? true
            : eligible.Failure is { IsForbidden: true } || schedules.Failure is { IsForbidden: true } ? false : null;

        var book = new RoleBook(definitions.Items, schedules.IsComplete ? schedules.Items : null);
        book.AddActive(active.Items, activeGroups.Members);
        book.AddEligible(eligible.Items, eligibleGroups.Members);

        return new RoleRead(book,
            Gaps.Dataset(Datasets.EntraDirectoryRoles, active.Items.Count, Permissions.Roles,
                definitions.Failure, active.Failure, activeGroups.Failure),
            Gaps.Dataset(Datasets.EntraPim, eligible.Items.Count + schedules.Items.Count, Permissions.Pim,
                eligible.Failure, schedules.Failure, eligibleGroups.Failure),
            pimAvailable);
    }

    private async Task<(EndpointResult<T> Result, GroupExpansion Groups)> WithGroupsAsync<T>(Task<EndpointResult<T>> read,
        Func<T, DirectoryObject?> principal, CancellationToken cancellationToken)
    {
        var result = await read;
        var groupIds = result.Items.Select(principal).OfType<Group>().Select(g => g.Id).OfType<string>();
        var (members, failure, calls) = await groups.ExpandAsync(groupIds, cancellationToken);
        return (result, new GroupExpansion(members, failure, calls));
    }
}

internal sealed record GroupExpansion(Dictionary<string, IReadOnlyList<string>> Members, EndpointFailure? Failure, int Calls);
