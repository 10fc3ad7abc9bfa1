using System.Text.Json.Serialization;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.People;

/// <summary>
/// One principal holding privileged Azure roles on one subscription, resolved against the directory
/// (<see cref="PersonModel"/>): built at evaluation, never stored in the snapshot.
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

    public IReadOnlyList<string> JoinedSources { get; init; } = [];

    [JsonIgnore]
    public bool IsGroup => string.Equals(PrincipalType, "Group", StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public bool IsUnknownPrincipal => string.Equals(PrincipalType, "Unknown", StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public bool MayBePerson => IsUnknownPrincipal || PrincipalType is null || string.Equals(PrincipalType, "User", StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public IEnumerable<(string Source, string Scope)> LinkedScopes =>
        User is null ? [] : [(User.SourceId, DataScope.Item(User.Resource.Key))];

    [JsonIgnore]
    public override ResourceRef Resource => new("azure", Subscription.SubscriptionId, "role-principal", PrincipalId,
        User?.UserPrincipalName ?? (IsUnknownPrincipal ? $"deleted principal {PrincipalId}" : $"{PrincipalType ?? "principal"} {PrincipalId}"));

    [JsonIgnore]
    public override IEnumerable<string> DataScopes =>
        [DataScope.Item(Resource.Key), DataScope.Item(Subscription.Resource.Key), DataScope.Subscription(Subscription.SubscriptionId)];
}
