using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Facts.Aws;

/// <summary>An IAM user: its credential-report row with its attached policies joined in.</summary>
public sealed record AwsIamUser : Fact
{
    public required string AccountId { get; init; }
    public required string UserName { get; init; }
    public string? Arn { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public bool PasswordEnabled { get; init; }
    public DateTimeOffset? PasswordLastUsed { get; init; }
    public DateTimeOffset? PasswordLastChanged { get; init; }
    public bool MfaActive { get; init; }

    /// <summary>True when one of the user's MFA devices is a hardware TOTP token (ListMFADevices); null when not collected.</summary>
    public bool? HardwareMfa { get; init; }
    public IReadOnlyList<AwsAccessKey> AccessKeys { get; init; } = [];

    /// <summary>Managed policies attached directly to the user; null when not collected.</summary>
    public IReadOnlyList<string>? AttachedPolicyArns { get; init; }

    /// <summary>Managed policies attached to the user's groups; null when not collected.</summary>
    public IReadOnlyList<string>? GroupPolicyArns { get; init; }

    /// <summary>Names of the user's own inline policies; null when not collected (snapshots before one-pass IAM).</summary>
    public IReadOnlyList<string>? InlinePolicyNames { get; init; }

    /// <summary>The user's own policies (attached or inline, <c>inline:&lt;name&gt;</c>) that grant full administration, read
    /// from the policy documents; null when not collected.</summary>
    public IReadOnlyList<string>? AdministratorPolicies { get; init; }

    /// <summary>Policies of the user's groups (attached, or <c>inline:&lt;group&gt;/&lt;name&gt;</c>) that grant full
    /// administration; null when not collected.</summary>
    public IReadOnlyList<string>? GroupAdministratorPolicies { get; init; }

    /// <summary>Names of the user's groups whose policies grant full administration (AdministratorAccess or a policy read as
    /// administrator-equivalent); null when not collected (snapshots written before this property).</summary>
    public IReadOnlyList<string>? AdministratorGroups { get; init; }

    /// <summary>The user's IAM tags (GetAccountAuthorizationDetails, dataset <c>aws.userPolicies</c>): an <c>email</c>,
    /// <c>owner</c> or <c>upn</c> tag links the user to a person; null when not collected.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    [JsonIgnore]
    public override ResourceRef Resource => new("aws", AccountId, "iam-user", Arn ?? UserName, UserName);
}
