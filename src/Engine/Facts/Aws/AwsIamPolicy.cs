using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Facts.Aws;

/// <summary>A customer-managed IAM policy (GetAccountAuthorizationDetails) and what its default version allows.</summary>
public sealed record AwsIamPolicy : Fact
{
    public required string AccountId { get; init; }
    public required string PolicyName { get; init; }
    public required string Arn { get; init; }

    /// <summary>Users, groups and roles the policy is attached to.</summary>
    public int AttachmentCount { get; init; }

    /// <summary>The default version has a statement allowing <c>"Action": "*"</c> on <c>"Resource": "*"</c> (CIS AWS 1.16);
    /// null when the default version could not be read.</summary>
    public bool? AllowsFullAccess { get; init; }

    /// <summary>The default version grants full administration: <see cref="AllowsFullAccess"/> or one of the documented
    /// privilege-escalation actions on every resource; null when unread.</summary>
    public bool? GrantsAdministration { get; init; }

    [JsonIgnore]
    public override ResourceRef Resource => new("aws", AccountId, "iam-policy", Arn, PolicyName);
}
