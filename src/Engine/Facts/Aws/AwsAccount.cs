using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Facts.Aws;

/// <summary>
/// An AWS account: the root user's credentials (from GetAccountSummary and the credential report) and the
/// account password policy.
/// </summary>
public sealed record AwsAccount : Fact
{
    public required string AccountId { get; init; }
    public string? Alias { get; init; }

    /// <summary><c>AccountMFAEnabled</c>; null when not collected.</summary>
    public bool? RootMfaEnabled { get; init; }

    /// <summary>True when the root MFA is a hardware device; false when only virtual; null when unknown.</summary>
    public bool? RootHardwareMfa { get; init; }

    public bool? RootAccessKeysPresent { get; init; }
    public bool? RootPasswordEnabled { get; init; }
    public DateTimeOffset? RootPasswordLastUsed { get; init; }
    public DateTimeOffset? RootAccessKeyLastUsed { get; init; }

    /// <summary>The root user's access-key slots from the credential report's <c>&lt;root_account&gt;</c> row (active, or
    /// inactive but once created), with their last-rotated dates; empty when it has none; null when the report was not read.</summary>
    public IReadOnlyList<AwsAccessKey>? RootAccessKeys { get; init; }

    /// <summary>Null when the account has no password policy (IAM answers <c>NoSuchEntity</c>).</summary>
    public AwsPasswordPolicy? PasswordPolicy { get; init; }

    /// <summary>Opt-in regions the account has enabled (DescribeRegions <c>OptInStatus = opted-in</c>; regions enabled by
    /// default are not listed); null when the regions were not collected.</summary>
    public IReadOnlyList<string>? OptedInRegions { get; init; }

    /// <summary>The IAM Identity Center instances read from this account (sso-admin ListInstances in the configured
    /// <c>identityCenterRegion</c>); null when Identity Center was not read here (not configured, or the read failed).</summary>
    public IReadOnlyList<string>? IdentityCenterInstances { get; init; }

    /// <summary>The root user has neither a password nor access keys (centralised root access).</summary>
    [JsonIgnore]
    public bool RootHasNoCredentials => RootPasswordEnabled == false && RootAccessKeysPresent == false;

    [JsonIgnore]
    public override ResourceRef Resource => new("aws", AccountId, "account", AccountId, Alias ?? AccountId);
}
