using System.Text.Json.Serialization;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Facts.Aws;

/// <summary>
/// A user of an IAM Identity Center instance (identity store <c>ListUsers</c>, dataset <c>aws.identityCenter</c>) with the
/// account assignments it holds, directly or through a group, of the permission sets that grant administration
/// (dataset <c>aws.identityCenterAssignments</c>). Read from the instance's home region in the management (or
/// delegated administrator) account, when the source names that region.
/// </summary>
public sealed record AwsIdentityCenterUser : Fact
{
    /// <summary>The account the source read the instance from (the management or delegated administrator account).</summary>
    public required string AccountId { get; init; }
    public required string InstanceArn { get; init; }
    public required string IdentityStoreId { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }
    public string? DisplayName { get; init; }

    /// <summary>The identifiers the identity provider gave the user (SCIM <c>externalId</c>): from Microsoft Entra
    /// provisioning, the Entra object id.</summary>
    public IReadOnlyList<IdentityCenterExternalId> ExternalIds { get; init; } = [];
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>The assignments of administrator permission sets the user holds, in any account; null when the
    /// assignments were not read.</summary>
    public IReadOnlyList<IdentityCenterAssignment>? AdministratorAssignments { get; init; }

    [JsonIgnore]
    public override ResourceRef Resource => new("aws", AccountId, "identity-center-user", UserId, UserName);

    /// <summary>Its own item, and the instance's: a permission set or group of the instance that could not be read
    /// may hide an assignment of any of its users.</summary>
    [JsonIgnore]
    public override IEnumerable<string> DataScopes => [DataScope.Item(Resource.Key), InstanceScope(AccountId, InstanceArn)];

    /// <summary>The item scope of an instance: a gap in it touches every user of the instance.</summary>
    public static string InstanceScope(string accountId, string instanceArn) =>
        DataScope.Item(new ResourceRef("aws", accountId, "identity-center", instanceArn[(instanceArn.LastIndexOf('/') + 1)..], instanceArn).Key);
}

/// <summary>One identifier an identity provider gave an Identity Center user.</summary>
public sealed record IdentityCenterExternalId(string Issuer, string Id);

/// <summary>An administrator permission set assigned in an account, to the user or to a group it is a member of.</summary>
public sealed record IdentityCenterAssignment
{
    public required string AccountId { get; init; }
    public required string PermissionSetArn { get; init; }
    public required string PermissionSetName { get; init; }

    /// <summary>The group the assignment was made to; null when made to the user.</summary>
    public string? GroupId { get; init; }
    public string? GroupName { get; init; }

    [JsonIgnore]
    public string HeldThrough => GroupId is null ? "direct" : $"group {GroupName ?? GroupId}";
}
