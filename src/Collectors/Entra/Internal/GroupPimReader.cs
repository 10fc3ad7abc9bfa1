using ComplianceEngine.Engine.Facts.Entra;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Group = Microsoft.Graph.Models.Group;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>What PIM for Groups gave for the role-holding groups, and the first failure met.</summary>
internal sealed record GroupPimRead(IReadOnlyList<PimGroup>? Groups, int ItemCount, EndpointFailure? Failure);

/// <summary>
/// PIM for Groups of the role-assignable groups that hold directory roles: per group, its membership eligibility
/// schedules (<c>identityGovernance/privilegedAccess/group/eligibilitySchedules?$filter=groupId eq '…'</c>) and its
/// member-activation policy (<c>policies/roleManagementPolicyAssignments?$filter=scopeId eq '…' and scopeType eq 'Group'</c>).
/// Eligible members are filed in the <see cref="RoleBook"/> as eligible holders of the group's roles; a nested group
/// is expanded to its transitive users. A failure on any group leaves the whole list unknown: part of <c>entra.pim</c>.
/// </summary>
internal sealed class GroupPimReader(GraphServiceClient graph, EndpointReader reader, GroupMemberCache groups)
{
    private const string ActivationApprovalRule = "Approval_EndUser_Assignment";

    public async Task<GroupPimRead> ReadAsync(RoleBook book, CancellationToken cancellationToken)
    {
        var ids = book.GroupRoles.Keys.Order(StringComparer.Ordinal).ToList();
        var reads = await Task.WhenAll(ids.Select(id => ReadGroupAsync(id, cancellationToken)));
        var failure = reads.Select(r => r.Failure).FirstOrDefault(f => f is not null);
        var result = new List<PimGroup>(ids.Count);
        var items = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var (schedules, approval, _) = reads[i];
            items += schedules.Count;
            var eligible = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (users, start, end) in schedules)
            {
                book.AddGroupEligible(ids[i], users, start, end);
                eligible.UnionWith(users);
            }
            result.Add(new PimGroup
            {
                GroupId = ids[i],
                DisplayName = book.GroupName(ids[i]),
                RoleTemplateIds = [.. book.GroupRoles[ids[i]].Select(r => r.RoleTemplateId).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
                EligibleMembers = eligible.Count,
                ActivationRequiresApproval = approval,
            });
        }
        return new GroupPimRead(failure is null ? result : null, items, failure);
    }

    private async Task<(List<(IReadOnlyList<string> Users, DateTimeOffset? Start, DateTimeOffset? End)> Schedules, bool? Approval, EndpointFailure? Failure)>
        ReadGroupAsync(string groupId, CancellationToken cancellationToken)
    {
        var eligibility = graph.IdentityGovernance.PrivilegedAccess.Group.EligibilitySchedules;
        var schedulesTask = reader.ReadAllAsync<PrivilegedAccessGroupEligibilityScheduleCollectionResponse, PrivilegedAccessGroupEligibilitySchedule>(
            "privilegedAccess/group/eligibilitySchedules", graph.RequestAdapter, next => next is null
                ? eligibility.ToGetRequestInformation(r =>
                {
                    r.QueryParameters.Filter = $"groupId eq '{groupId}'";
                    r.QueryParameters.Expand = ["principal"];
                })
                : eligibility.WithUrl(next).ToGetRequestInformation(),
            PrivilegedAccessGroupEligibilityScheduleCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        var policiesTask = reader.ReadAllAsync<UnifiedRoleManagementPolicyAssignmentCollectionResponse, UnifiedRoleManagementPolicyAssignment>(
            "roleManagementPolicyAssignments (group)", graph.RequestAdapter, next => next is null
                ? graph.Policies.RoleManagementPolicyAssignments.ToGetRequestInformation(r =>
                {
                    r.QueryParameters.Filter = $"scopeId eq '{groupId}' and scopeType eq 'Group' and roleDefinitionId eq 'member'";
                    r.QueryParameters.Expand = ["policy($expand=rules)"];
                })
                : graph.Policies.RoleManagementPolicyAssignments.WithUrl(next).ToGetRequestInformation(),
            UnifiedRoleManagementPolicyAssignmentCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        await Task.WhenAll(schedulesTask, policiesTask);
        var (schedules, policies) = (schedulesTask.Result, policiesTask.Result);

        var found = new List<(IReadOnlyList<string>, DateTimeOffset?, DateTimeOffset?)>();
        EndpointFailure? failure = schedules.Failure ?? policies.Failure;
        foreach (var s in schedules.Items.Where(s => s.AccessId == PrivilegedAccessGroupRelationships.Member && s.PrincipalId is not null))
        {
            IReadOnlyList<string> users = [s.PrincipalId!];
            if (s.Principal is Group)
            {
                var members = await groups.MembersAsync(s.PrincipalId!, cancellationToken);
                failure ??= members.Failure;
                users = members.Items;
            }
            found.Add((users, GraphDates.OrNever(s.ScheduleInfo?.StartDateTime), End(s.ScheduleInfo)));
        }
        var approval = policies.Items
            .Where(a => string.Equals(a.RoleDefinitionId, "member", StringComparison.OrdinalIgnoreCase))
            .SelectMany(a => a.Policy?.Rules ?? [])
            .OfType<UnifiedRoleManagementPolicyApprovalRule>()
            .FirstOrDefault(r => r.Id == ActivationApprovalRule)?.Setting?.IsApprovalRequired;
        return (found, approval, failure);
    }

    private static DateTimeOffset? End(RequestSchedule? schedule)
    {
        var expiration = schedule?.Expiration;
        return expiration is null || expiration.Type == ExpirationPatternType.NoExpiration ? null : GraphDates.OrNever(expiration.EndDateTime);
    }
}
