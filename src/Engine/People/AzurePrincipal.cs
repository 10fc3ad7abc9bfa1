using System.Text.Json.Serialization;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.People;

/// <summary>
/// One principal holding privileged Azure roles on one subscription, resolved against the directory
/// (<see cref="PersonModel"/>): built at evaluation, never stored in the snapshot. A group principal whose members
/// were read also gives one principal per member user (<see cref="ViaGroup"/>) holding the group's assignments.
/// </summary>
public sealed record AzurePrincipal : Fact, IJoinedFact
{
    public required AzureSubscription Subscription { get; init; }
    public required string PrincipalId { get; init; }

    /// <summary>ARM's <c>principalType</c>: <c>User</c>, <c>Group</c>, <c>ServicePrincipal</c>, <c>Unknown</c> (the principal
    /// no longer exists) or null when not given.</summary>
    public string? PrincipalType { get; init; }
    public IReadOnlyList<AzureRoleHolder> Assignments { get; init; } = [];

    /// <summary><see cref="LinkState.Unlinked"/> for groups and service principals, which are not people.</summary>
    public LinkState State { get; init; } = LinkState.Unlinked;
    public EntraUser? User { get; init; }

    /// <summary>For a group principal, the group as read with its members (null when it was not read); for a member
    /// holding the roles through a group (<see cref="ViaGroup"/>), that group.</summary>
    [JsonIgnore]
    public EntraGroup? Group { get; init; }

    /// <summary>This principal is a user holding the assignments as a (transitive) member of <see cref="Group"/>.</summary>
    public bool ViaGroup { get; init; }

    public IReadOnlyList<string> JoinedSources { get; init; } = [];

    /// <summary>The group this principal is or holds through, by name when read: <c>group Ops admins</c>.</summary>
    [JsonIgnore]
    public string GroupName => $"group {Group?.DisplayName ?? (ViaGroup ? Group?.Id : PrincipalId)}";

    /// <summary>A group principal whose members were read: its assignments are judged on each member instead.</summary>
    [JsonIgnore]
    public bool MembersKnown => Group?.MemberIds is not null;

    [JsonIgnore]
    public bool NeedsGroupMembers => IsGroup || ViaGroup;

    [JsonIgnore]
    public bool IsGroup => string.Equals(PrincipalType, "Group", StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public bool IsUnknownPrincipal => string.Equals(PrincipalType, "Unknown", StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public bool MayBePerson => IsUnknownPrincipal || PrincipalType is null || string.Equals(PrincipalType, "User", StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public IEnumerable<(string Source, string Scope)> LinkedScopes
    {
        get
        {
            if (User is not null)
                yield return (User.SourceId, DataScope.Item(User.Resource.Key));
            if (Group is not null)
                yield return (Group.SourceId, DataScope.Item(Group.Resource.Key));
        }
    }

    // A member holding through a group is its own result (a waiver or a fix applies to that membership), keyed under the group.
    [JsonIgnore]
    public override ResourceRef Resource => ViaGroup
        ? new("azure", Subscription.SubscriptionId, "role-principal", $"{Group!.Id}/members/{PrincipalId}",
            $"{User?.UserPrincipalName ?? PrincipalId} (through {GroupName})")
        : new("azure", Subscription.SubscriptionId, "role-principal", PrincipalId,
            User?.UserPrincipalName ?? (IsUnknownPrincipal ? $"deleted principal {PrincipalId}"
                : IsGroup && Group?.DisplayName is { } name ? $"group {name}" : $"{PrincipalType ?? "principal"} {PrincipalId}"));

    [JsonIgnore]
    public override IEnumerable<string> DataScopes =>
        [DataScope.Item(Resource.Key), DataScope.Item(Subscription.Resource.Key), DataScope.Subscription(Subscription.SubscriptionId)];
}
