using System.Text.Json.Nodes;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// Reads IAM Identity Center from its home region: the instances, each one's administrator assignments
/// (<see cref="IdentityCenterAssignments"/>), its identity store's users and groups, and the members of the groups that
/// hold an administrator assignment; one <see cref="AwsIdentityCenterUser"/> per user. A refused listing fails its
/// dataset with the reason; a permission set or group that cannot be read is a gap in the instance's scope, which
/// touches its users only.
/// </summary>
internal sealed class IdentityCenterCollection(IdentityCenterClient client, AwsCallRunner runner)
{
    public async Task<IdentityCenterFindings> CollectAsync(string sourceId, string accountId, CancellationToken ct)
    {
        List<(string Arn, string StoreId)> instances;
        try
        {
            instances = await runner.AllPagesAsync("sso:ListInstances", client.ListInstancesAsync, ct);
        }
        catch (AwsCallException e)
        {
            return new IdentityCenterFindings([], null, DatasetResult.Failed(Datasets.AwsIdentityCenter, e.Message),
                DatasetResult.Failed(Datasets.AwsIdentityCenterAssignments, e.Message));
        }
        var users = new List<AwsIdentityCenterUser>();
        var centerGaps = new List<ScopeGap>();
        var assignmentGaps = new List<ScopeGap>();
        string? usersFailure = null, assignmentsFailure = null;
        foreach (var (instance, store) in instances)
        {
            var scope = AwsIdentityCenterUser.InstanceScope(accountId, instance);
            var assignments = await new IdentityCenterAssignments(client, runner).ReadAsync(instance, ct);
            assignmentsFailure ??= assignments.ListingFailure;
            assignmentGaps.AddRange(assignments.FailedSets.Select(reason => new ScopeGap { Scope = scope, Reason = reason }));
            List<JsonNode> listed;
            try
            {
                listed = await runner.AllPagesAsync("identitystore:ListUsers", (t, c) => client.ListUsersAsync(store, t, c), ct);
            }
            catch (AwsCallException e)
            {
                usersFailure ??= e.Message;
                continue;
            }
            var grants = assignments.Grants ?? [];
            var groupNames = await GroupNamesAsync(store, grants, ct);
            var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var group in grants.Where(g => g.ToGroup).Select(g => g.PrincipalId).Distinct(StringComparer.Ordinal))
            {
                try
                {
                    foreach (var user in await runner.AllPagesAsync("identitystore:ListGroupMemberships", (t, c) => client.ListGroupMembershipsAsync(store, group, t, c), ct))
                        (members.TryGetValue(user, out var list) ? list : members[user] = []).Add(group);
                }
                catch (AwsCallException e)
                {
                    centerGaps.Add(new ScopeGap { Scope = scope, Reason = $"members of group {groupNames.GetValueOrDefault(group) ?? group}: {e.Message}" });
                }
            }
            users.AddRange(listed.Select(u => User(sourceId, accountId, instance, store, u)).Where(u => u.UserId.Length > 0).Select(u => u with
            {
                AdministratorAssignments = assignments.Grants is null ? null : AssignmentsOf(u.UserId, grants, members, groupNames),
            }));
        }
        // Users not listed is the whole dataset missing, whatever gaps another instance has.
        var center = usersFailure is null && centerGaps.Count > 0
            ? new DatasetStatus { Name = Datasets.AwsIdentityCenter, Status = CollectionState.Partial, ItemCount = users.Count, Reason = centerGaps[0].Reason, Gaps = Distinct(centerGaps) }
            : DatasetResult.From(Datasets.AwsIdentityCenter, users.Count, usersFailure, usable: false);
        var assigned = assignmentsFailure is not null
            ? DatasetResult.Failed(Datasets.AwsIdentityCenterAssignments, assignmentsFailure)
            : assignmentGaps.Count > 0
                ? new DatasetStatus
                {
                    Name = Datasets.AwsIdentityCenterAssignments, Status = CollectionState.Partial, Reason = $"{assignmentGaps.Count} permission set(s) not read; first: {assignmentGaps[0].Reason}",
                    Gaps = Distinct(assignmentGaps),
                }
                : DatasetResult.Complete(Datasets.AwsIdentityCenterAssignments, users.Sum(u => u.AdministratorAssignments?.Count ?? 0));
        return new IdentityCenterFindings(users, usersFailure is null ? instances.Select(i => i.Arn).ToList() : null, center, assigned);
    }

    // One gap per instance scope: its reasons joined, so the dataset stays one line per instance.
    private static List<ScopeGap> Distinct(List<ScopeGap> gaps) => gaps.GroupBy(g => g.Scope, StringComparer.Ordinal)
        .Select(g => new ScopeGap { Scope = g.Key, Reason = string.Join("; ", g.Select(x => x.Reason)) }).ToList();

    private async Task<Dictionary<string, string?>> GroupNamesAsync(string store, IReadOnlyList<Grant> grants, CancellationToken ct)
    {
        if (!grants.Any(g => g.ToGroup))
            return [];
        try
        {
            var groups = await runner.AllPagesAsync("identitystore:ListGroups", (t, c) => client.ListGroupsAsync(store, t, c), ct);
            return groups.DistinctBy(g => g.Id, StringComparer.Ordinal).ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal);
        }
        catch (AwsCallException)
        {
            // Names only label the rows: without them a group is shown by its id.
            return [];
        }
    }

    private static List<IdentityCenterAssignment> AssignmentsOf(string userId, IReadOnlyList<Grant> grants,
        Dictionary<string, List<string>> members, Dictionary<string, string?> groupNames)
    {
        var groups = members.GetValueOrDefault(userId) ?? [];
        return grants.Where(g => g.ToGroup ? groups.Contains(g.PrincipalId, StringComparer.Ordinal) : g.PrincipalId == userId)
            .Select(g => new IdentityCenterAssignment
            {
                AccountId = g.AccountId, PermissionSetArn = g.PermissionSetArn, PermissionSetName = g.PermissionSetName,
                GroupId = g.ToGroup ? g.PrincipalId : null, GroupName = g.ToGroup ? groupNames.GetValueOrDefault(g.PrincipalId) : null,
            })
            .OrderBy(a => a.AccountId, StringComparer.Ordinal).ThenBy(a => a.PermissionSetName, StringComparer.Ordinal).ThenBy(a => a.GroupId, StringComparer.Ordinal)
            .ToList();
    }

    private static AwsIdentityCenterUser User(string sourceId, string accountId, string instance, string store, JsonNode u) => new()
    {
        SourceId = sourceId,
        AccountId = accountId,
        InstanceArn = instance,
        IdentityStoreId = store,
        UserId = IdentityCenterClient.Text(u, "UserId"),
        UserName = IdentityCenterClient.Text(u, "UserName"),
        DisplayName = IdentityCenterClient.Text(u, "DisplayName", null),
        ExternalIds = u["ExternalIds"] is JsonArray ids
            ? ids.OfType<JsonNode>().Select(e => new IdentityCenterExternalId(IdentityCenterClient.Text(e, "Issuer"), IdentityCenterClient.Text(e, "Id")))
                .Where(e => e.Id.Length > 0).ToList()
            : [],
        Emails = u["Emails"] is JsonArray emails
            ? emails.OfType<JsonNode>().Select(e => IdentityCenterClient.Text(e, "Value")).Where(v => v.Length > 0).ToList()
            : [],
    };

    /// <summary>The datasets when the source is not asked to read Identity Center.</summary>
    public static IdentityCenterFindings NotConfigured { get; } = new([], null,
        new DatasetStatus { Name = Datasets.AwsIdentityCenter, Status = CollectionState.Complete, ItemCount = 0, Reason = Datasets.IdentityCenterNotConfigured },
        new DatasetStatus { Name = Datasets.AwsIdentityCenterAssignments, Status = CollectionState.Complete, ItemCount = 0, Reason = Datasets.IdentityCenterNotConfigured });
}

/// <summary>The Identity Center users read, the instances (null when not read), and the two datasets' status.</summary>
internal sealed record IdentityCenterFindings(IReadOnlyList<AwsIdentityCenterUser> Users, IReadOnlyList<string>? Instances,
    DatasetStatus Center, DatasetStatus Assignments);
