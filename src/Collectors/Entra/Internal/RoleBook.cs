using ComplianceEngine.Engine.Facts.Entra;
using Microsoft.Graph.Models;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// Directory role holdings filed per user id, in linear time: assignments to a group are filed under each of
/// its transitive members, and a user reached twice for the same role, state and group is filed once.
/// </summary>
internal sealed class RoleBook
{
    private static readonly IReadOnlyList<DirectoryRoleAssignment> None = [];

    private readonly Dictionary<string, (string TemplateId, string? Name)> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Principal, string Role), UnifiedRoleAssignmentSchedule>? _schedules;
    private readonly Dictionary<string, List<DirectoryRoleAssignment>> _byUser = new(StringComparer.Ordinal);
    private readonly HashSet<(string User, string Role, string State, string? Via)> _seen = [];
    private readonly Dictionary<string, List<DirectoryRoleAssignment>> _byGroup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _groupNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ServicePrincipal Principal, SortedSet<string> Roles)> _servicePrincipals = new(StringComparer.Ordinal);

    /// <param name="schedules">PIM assignment schedules, or null when they could not be read.</param>
    public RoleBook(IEnumerable<UnifiedRoleDefinition> definitions, IEnumerable<UnifiedRoleAssignmentSchedule>? schedules)
    {
        foreach (var d in definitions)
        {
            if (d.Id is { } id)
                _definitions[id] = (d.TemplateId ?? id, d.DisplayName);
        }
        if (schedules is null)
            return;
        _schedules = [];
        foreach (var s in schedules)
        {
            if (s.PrincipalId is { } p && s.RoleDefinitionId is { } r)
                _schedules.TryAdd((p, r), s);
        }
    }

    public int UserCount => _byUser.Count;

    /// <summary>The groups that hold directory roles, with the roles they hold.</summary>
    public IReadOnlyDictionary<string, List<DirectoryRoleAssignment>> GroupRoles => _byGroup;

    public string? GroupName(string groupId) => _groupNames.GetValueOrDefault(groupId);

    /// <summary>Service principals holding directory roles, by id.</summary>
    public IReadOnlyList<ServicePrincipalRoleHolder> ServicePrincipals =>
        [.. _servicePrincipals.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new ServicePrincipalRoleHolder
        {
            Id = s.Key,
            DisplayName = s.Value.Principal.DisplayName,
            AppId = s.Value.Principal.AppId,
            ServicePrincipalType = s.Value.Principal.ServicePrincipalType,
            RoleTemplateIds = [.. s.Value.Roles],
        })];

    /// <summary>
    /// People eligible for membership of a role-holding group through PIM for Groups: each becomes an eligible holder
    /// of every role the group holds, until the eligibility ends.
    /// </summary>
    public void AddGroupEligible(string groupId, IEnumerable<string> userIds, DateTimeOffset? start, DateTimeOffset? end)
    {
        if (!_byGroup.TryGetValue(groupId, out var roles))
            return;
        foreach (var user in userIds)
        {
            foreach (var role in roles)
                Add(user, role with { AssignmentState = "eligible", StartDateTime = start, EndDateTime = end, ManagedByPim = true });
        }
    }

    public IReadOnlyList<DirectoryRoleAssignment> RolesOf(string userId) =>
        _byUser.TryGetValue(userId, out var roles) ? roles : None;

    public void AddActive(IEnumerable<UnifiedRoleAssignment> assignments, IReadOnlyDictionary<string, IReadOnlyList<string>> groupMembers)
    {
        foreach (var a in assignments)
        {
            if (a.PrincipalId is not { } principal || a.RoleDefinitionId is not { } role)
                continue;
            UnifiedRoleAssignmentSchedule? schedule = null;
            _schedules?.TryGetValue((principal, role), out schedule);
            var info = schedule?.ScheduleInfo;
            File(a.Principal, principal, groupMembers, Describe(role, "active", info?.StartDateTime, EndOf(info),
                // Graph leaves createdDateTime null on schedules of assignments made outside PIM.
                _schedules is null ? null : schedule?.CreatedDateTime is not null));
        }
    }

    public void AddEligible(IEnumerable<UnifiedRoleEligibilitySchedule> schedules, IReadOnlyDictionary<string, IReadOnlyList<string>> groupMembers)
    {
        foreach (var s in schedules)
        {
            if (s.PrincipalId is not { } principal || s.RoleDefinitionId is not { } role)
                continue;
            File(s.Principal, principal, groupMembers, Describe(role, "eligible", s.ScheduleInfo?.StartDateTime, EndOf(s.ScheduleInfo), true));
        }
    }

    private DirectoryRoleAssignment Describe(string roleDefinitionId, string state, DateTimeOffset? start, DateTimeOffset? end, bool? pim)
    {
        var (templateId, name) = _definitions.TryGetValue(roleDefinitionId, out var d) ? d : (roleDefinitionId, null);
        return new DirectoryRoleAssignment
        {
            RoleTemplateId = templateId,
            RoleName = name,
            AssignmentState = state,
            StartDateTime = GraphDates.OrNever(start),
            EndDateTime = end,
            ManagedByPim = pim,
        };
    }

    private void File(DirectoryObject? principal, string principalId, IReadOnlyDictionary<string, IReadOnlyList<string>> groupMembers,
        DirectoryRoleAssignment assignment)
    {
        switch (principal)
        {
            case Group group:
                var viaGroup = assignment with { ViaGroupId = principalId };
                if (!_byGroup.TryGetValue(principalId, out var held))
                    _byGroup[principalId] = held = [];
                held.Add(viaGroup);
                _groupNames[principalId] = group.DisplayName;
                if (groupMembers.TryGetValue(principalId, out var members))
                {
                    foreach (var member in members)
                        Add(member, viaGroup);
                }
                break;
            case ServicePrincipal servicePrincipal:
                if (!_servicePrincipals.TryGetValue(principalId, out var held2))
                    _servicePrincipals[principalId] = held2 = (servicePrincipal, new SortedSet<string>(StringComparer.Ordinal));
                held2.Roles.Add(assignment.RoleTemplateId);
                break;
            default:
                Add(principalId, assignment);
                break;
        }
    }

    private void Add(string userId, DirectoryRoleAssignment assignment)
    {
        if (!_seen.Add((userId, assignment.RoleTemplateId, assignment.AssignmentState, assignment.ViaGroupId)))
            return;
        if (!_byUser.TryGetValue(userId, out var roles))
            _byUser[userId] = roles = [];
        roles.Add(assignment);
    }

    private static DateTimeOffset? EndOf(RequestSchedule? schedule)
    {
        var expiration = schedule?.Expiration;
        if (expiration is null || expiration.Type == ExpirationPatternType.NoExpiration)
            return null;
        if (GraphDates.OrNever(expiration.EndDateTime) is { } end)
            return end;
        return expiration.Duration is { } duration && GraphDates.OrNever(schedule!.StartDateTime) is { } start ? start + duration : null;
    }
}
