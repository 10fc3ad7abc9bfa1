using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Serilog;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// What the role endpoints gave: per-user role holdings, the datasets' statuses, the PIM role setting "require
/// approval to activate" of Global Administrator (null when not read or not reported), and the highly privileged
/// roles' PIM alert rules (null when the role settings were not read).
/// </summary>
internal sealed record RoleRead(RoleBook Book, DatasetStatus DirectoryRoles, DatasetStatus Pim, bool? PimAvailable,
    bool? GlobalAdminActivationRequiresApproval, IReadOnlyList<RoleNotificationSettings>? PimNotifications, DatasetStatus PimPolicies);

/// <summary>
/// Reads role definitions, active assignments (<c>$expand=principal</c>), the PIM schedules and every directory
/// role's PIM policy concurrently, expands group principals to their transitive user members, and files
/// everything per user.
/// </summary>
internal sealed class RoleReader(GraphServiceClient graph, EndpointReader reader, GroupMemberCache groups, ILogger log)
{
    private const string PolicyAssignments = "roleManagementPolicyAssignments";
    private const string ActivationApprovalRule = "Approval_EndUser_Assignment";

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
        var policiesTask = reader.ReadAllAsync<UnifiedRoleManagementPolicyAssignmentCollectionResponse, UnifiedRoleManagementPolicyAssignment>(PolicyAssignments,
            graph.RequestAdapter, next => next is null
                ? graph.Policies.RoleManagementPolicyAssignments.ToGetRequestInformation(r =>
                {
                    // Every directory role's policy: Global Administrator's approval rule, and the alert rules of the highly privileged roles.
                    r.QueryParameters.Filter = "scopeId eq '/' and scopeType eq 'DirectoryRole'";
                    r.QueryParameters.Expand = ["policy($expand=rules)"];
                })
                : graph.Policies.RoleManagementPolicyAssignments.WithUrl(next).ToGetRequestInformation(),
            UnifiedRoleManagementPolicyAssignmentCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        await Task.WhenAll(definitionsTask, activeTask, eligibleTask, schedulesTask, policiesTask);

        var definitions = definitionsTask.Result;
        var (active, activeGroups) = activeTask.Result;
        var (eligible, eligibleGroups) = eligibleTask.Result;
        var schedules = schedulesTask.Result;
        var policies = policiesTask.Result;
        var pimComplete = eligible.IsComplete && schedules.IsComplete;
        bool? pimAvailable = pimComplete ? true
            : eligible.Failure is { IsForbidden: true } || schedules.Failure is { IsForbidden: true } ? false : null;

        var book = new RoleBook(definitions.Items, schedules.IsComplete ? schedules.Items : null);
        book.AddActive(active.Items, activeGroups.Members);
        book.AddEligible(eligible.Items, eligibleGroups.Members);

        return new RoleRead(book,
            Gaps.Dataset(Datasets.EntraDirectoryRoles, active.Items.Count, Permissions.Roles,
                definitions.Failure, active.Failure, activeGroups.Failure),
            Gaps.Dataset(Datasets.EntraPim, eligible.Items.Count + schedules.Items.Count + policies.Items.Count,
                (eligible.Failure, Permissions.Pim), (schedules.Failure, Permissions.Pim), (eligibleGroups.Failure, Permissions.Pim),
                (policies.Failure, Permissions.PimPolicies)),
            pimAvailable,
            policies.IsComplete ? ActivationApproval(policies.Items) : null,
            policies.IsComplete ? TenantSettingsMapper.Notifications(policies.Items) : null,
            Gaps.Dataset(Datasets.EntraPimPolicies, policies.Items.Count, Permissions.PimPolicies, policies.Failure));
    }

    /// <summary><c>setting.isApprovalRequired</c> of the rule <c>Approval_EndUser_Assignment</c> in Global Administrator's policy.</summary>
    private bool? ActivationApproval(IReadOnlyList<UnifiedRoleManagementPolicyAssignment> assignments)
    {
        var globalAdmin = assignments
            .Where(a => a.ScopeId == "/" && string.Equals(a.RoleDefinitionId, EntraRoleIds.GlobalAdministrator, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var rule = globalAdmin
            .SelectMany(a => a.Policy?.Rules ?? [])
            .OfType<UnifiedRoleManagementPolicyApprovalRule>()
            .FirstOrDefault(r => r.Id == ActivationApprovalRule);
        if (rule?.Setting?.IsApprovalRequired is { } required)
            return required;
        // Complete read, no answer: the rule reports the setting as missing (Error), so say once why here.
        log.Warning("Entra {Endpoint}: {Count} policy assignments for Global Administrator, none with rule {Rule} and setting.isApprovalRequired",
            PolicyAssignments, globalAdmin.Count, ActivationApprovalRule);
        return null;
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
