using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Facts.Aws;

/// <summary>
/// An IAM role (GetAccountAuthorizationDetails): its policies and what the collector read from its trust policy —
/// who outside the account can assume it, and whether its permissions amount to full administration.
/// </summary>
public sealed record AwsIamRole : Fact
{
    public required string AccountId { get; init; }
    public required string RoleName { get; init; }
    public required string Arn { get; init; }
    public string? Path { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? LastUsed { get; init; }

    /// <summary>Managed policies attached to the role.</summary>
    public IReadOnlyList<string> AttachedPolicyArns { get; init; } = [];

    /// <summary>Names of the role's inline policies.</summary>
    public IReadOnlyList<string> InlinePolicyNames { get; init; } = [];

    /// <summary>The role's policies granting full administration (see docs/collectors/aws.md, "Administrator rights"):
    /// managed policy ARNs and <c>inline:&lt;name&gt;</c>; null when a policy document could not be read.</summary>
    public IReadOnlyList<string>? AdministratorPolicies { get; init; }

    /// <summary>The trust policy allows any principal (<c>*</c>) to assume the role without an <c>sts:ExternalId</c> or
    /// <c>aws:PrincipalOrgID</c> condition.</summary>
    public bool TrustsAnyPrincipal { get; init; }

    /// <summary>Accounts outside the account and its organisation that the trust policy lets assume the role, with or
    /// without a condition (<c>*</c> for any account).</summary>
    public IReadOnlyList<string> ExternalAccounts { get; init; } = [];

    /// <summary>Those of <see cref="ExternalAccounts"/> trusted without an <c>sts:ExternalId</c> or <c>aws:PrincipalOrgID</c> condition.</summary>
    public IReadOnlyList<string> UnconditionedExternalAccounts { get; init; } = [];

    /// <summary>False when the trust policy could not be parsed: the trust fields above are then unknown.</summary>
    public bool TrustPolicyRead { get; init; } = true;

    /// <summary>Service-linked roles (path <c>/aws-service-role/</c>) are owned by AWS and cannot be changed.</summary>
    [JsonIgnore]
    public bool IsServiceLinked => Path?.StartsWith("/aws-service-role/", StringComparison.Ordinal) == true;

    [JsonIgnore]
    public override ResourceRef Resource => new("aws", AccountId, "iam-role", Arn, RoleName);
}
