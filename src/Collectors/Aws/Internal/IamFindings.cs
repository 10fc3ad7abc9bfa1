using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>What the IAM calls returned for one account, with a status per dataset.</summary>
internal sealed record IamFindings
{
    public CredentialReport? Report { get; init; }

    /// <summary>The report as fetched; its per-row gaps are added once the facts exist (<see cref="CredentialReportGaps"/>).</summary>
    public required DatasetStatus ReportStatus { get; init; }

    public IReadOnlyDictionary<string, long>? Summary { get; init; }
    public required DatasetStatus SummaryStatus { get; init; }

    /// <summary>True when a virtual MFA device is assigned to the root user; null when unknown.</summary>
    public bool? RootHasVirtualMfa { get; init; }
    public required DatasetStatus MfaDevicesStatus { get; init; }

    public AwsPasswordPolicy? PasswordPolicy { get; init; }
    public required DatasetStatus PasswordPolicyStatus { get; init; }

    public IReadOnlyList<IamUserListing> Users { get; init; } = [];

    /// <summary>ListUsers ran to the end, so <see cref="Users"/> is the account's current set of users.</summary>
    public bool UsersListed { get; init; }
    public required DatasetStatus UserPoliciesStatus { get; init; }
}

/// <summary>A user from ListUsers with what the per-user calls found; null where a call did not succeed.</summary>
internal sealed record IamUserListing
{
    public required string UserName { get; init; }
    public string? Arn { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? PasswordLastUsed { get; init; }
    public IReadOnlyList<string>? AttachedPolicyArns { get; init; }
    public IReadOnlyList<string>? GroupPolicyArns { get; init; }
    public IReadOnlyList<string>? MfaSerials { get; init; }
}
