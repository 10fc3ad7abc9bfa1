using System.Text.Json.Serialization;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Facts.Cloud;

/// <summary>An Azure subscription with its location policy and privileged role holders.</summary>
public sealed record AzureSubscription : Fact
{
    public required string SubscriptionId { get; init; }
    public string? DisplayName { get; init; }
    public string? TenantId { get; init; }
    public string? State { get; init; }

    /// <summary>Whether an "Allowed locations" policy is assigned at or above the subscription; null when unknown.</summary>
    public bool? AllowedLocationsPolicyAssigned { get; init; }

    /// <summary>Scope of the enforced "Allowed locations" assignment (the subscription or a management group above it).</summary>
    public string? AllowedLocationsPolicyScope { get; init; }

    /// <summary>The regions that assignment allows (its <c>listOfAllowedLocations</c> parameter), when stated.</summary>
    public IReadOnlyList<string>? AllowedLocations { get; init; }

    /// <summary>Owner / User Access Administrator / Contributor holders; null when role assignments were not collected.</summary>
    public IReadOnlyList<AzureRoleHolder>? PrivilegedRoleHolders { get; init; }

    /// <summary>
    /// Whether the same scan read the users of this subscription's tenant completely (an Entra source for
    /// <see cref="TenantId"/> whose <c>entra.users</c> is complete), so a user holder left unresolved is not in the
    /// directory rather than unread; false when it did not (no such source, or its users incomplete); null when the
    /// subscription's tenant is unknown. Set when the snapshot is assembled.
    /// </summary>
    public bool? DirectoryUsersRead { get; init; }

    [JsonIgnore]
    public override ResourceRef Resource =>
        new("azure", SubscriptionId, "subscription", SubscriptionId, DisplayName ?? SubscriptionId);

    [JsonIgnore]
    public override IEnumerable<string> DataScopes => [DataScope.Item(Resource.Key), DataScope.Subscription(SubscriptionId)];
}

/// <summary>A principal holding a privileged Azure RBAC role at subscription scope.</summary>
public sealed record AzureRoleHolder
{
    public required string PrincipalId { get; init; }
    public string? PrincipalType { get; init; }
    public required string RoleName { get; init; }
    public bool IsGuest { get; init; }

    /// <summary>The user's Entra ID <c>userType</c> (<c>Member</c> or <c>Guest</c>) for user principals; null when not
    /// resolved (ARM role assignments do not say whether a user is a guest).</summary>
    public string? UserType { get; init; }

    /// <summary>Where the assignment is made: the subscription, or a management group / root above it.</summary>
    public string? Scope { get; init; }
}
