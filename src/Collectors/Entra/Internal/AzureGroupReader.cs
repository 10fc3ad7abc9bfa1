using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using Microsoft.Graph;
using Serilog;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// Reads the groups that hold Azure role assignments (their ids come from the same scan's Azure sources): each
/// group's display name and transitive user members. A group whose members cannot be read (403, 404) is still a fact,
/// without members, and an item gap of <c>entra.groupMembers</c>: the other groups stay complete.
/// </summary>
internal sealed class AzureGroupReader(GraphServiceClient graph, EndpointReader reader, GroupMemberCache members, EntraSource source, ILogger log)
{
    /// <param name="groupIds">Completes with the ids once the scan's Azure sources are read.</param>
    public async Task<(IReadOnlyList<EntraGroup> Groups, DatasetStatus Status)?> ReadAsync(
        Func<CancellationToken, Task<IReadOnlyCollection<string>>> groupIds, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string> ids;
        try
        {
            ids = await groupIds(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The tenant's own data stands; only which groups hold Azure roles is unknown.
            var reason = $"the groups holding Azure roles could not be determined: {Engine.Secrets.SecretRedactor.Redact(ex.Message)}";
            log.Error("Entra {SourceId}: {Reason}", source.SourceId, reason);
            return ([], new DatasetStatus { Name = Datasets.EntraGroupMembers, Status = CollectionState.Failed, ItemCount = 0, Reason = reason });
        }
        return await ReadAsync(ids, cancellationToken);
    }

    private async Task<(IReadOnlyList<EntraGroup> Groups, DatasetStatus Status)> ReadAsync(IReadOnlyCollection<string> groupIds,
        CancellationToken cancellationToken)
    {
        var ids = groupIds.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var read = await Task.WhenAll(ids.Select(id => ReadGroupAsync(id, cancellationToken)));
        var gaps = read.Where(r => r.Failure is not null)
            .Select(r => new ScopeGap
            {
                Scope = DataScope.Item(r.Group.Resource.Key),
                Status = CollectionState.Failed,
                Reason = r.Failure!.Describe(Permissions.GroupMembers),
            }).ToList();
        var complete = read.Length - gaps.Count;
        var status = new DatasetStatus
        {
            Name = Datasets.EntraGroupMembers,
            Status = gaps.Count == 0 ? CollectionState.Complete : CollectionState.Partial,
            ItemCount = complete,
            Reason = gaps.Count == 0 ? null : $"members of {gaps.Count} of {read.Length} groups holding Azure roles not read: {gaps[0].Reason}",
            Gaps = gaps,
        };
        return ([.. read.Select(r => r.Group)], status);
    }

    private async Task<(EntraGroup Group, EndpointFailure? Failure)> ReadGroupAsync(string id, CancellationToken cancellationToken)
    {
        var nameTask = reader.ReadOneAsync($"groups/{id}", ct => graph.Groups[id].GetAsync(r => r.QueryParameters.Select = ["id", "displayName"], ct),
            cancellationToken);
        var membersTask = members.MembersAsync(id, cancellationToken);
        await Task.WhenAll(nameTask, membersTask);
        var (name, found) = (nameTask.Result, membersTask.Result);
        // The name only labels the group; without it the members still decide.
        if (name.Failure is not null && found.Failure is null)
            log.Warning("Entra {SourceId}: name of group {GroupId} not read: {Reason}", source.SourceId, id, name.Failure.Describe(Permissions.GroupMembers));
        var group = new EntraGroup
        {
            SourceId = source.SourceId,
            TenantId = source.TenantId,
            Id = id,
            DisplayName = name.Items.FirstOrDefault()?.DisplayName,
            MemberIds = found.Failure is null ? [.. found.Items.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)] : null,
        };
        return (group, found.Failure);
    }
}
