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

    /// <summary>The MFA serials of each user (virtual devices, then ListMFADevices for the others); a user missing
    /// here has unknown devices.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MfaSerials { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Users whose ListMFADevices failed: item gaps of <c>aws.mfaDevices</c>, once the facts exist.</summary>
    public IReadOnlyDictionary<string, string> MfaFailures { get; init; } = new Dictionary<string, string>();
    public required DatasetStatus MfaDevicesStatus { get; init; }

    public AwsPasswordPolicy? PasswordPolicy { get; init; }
    public required DatasetStatus PasswordPolicyStatus { get; init; }

    public required AuthorizationFindings Authorization { get; init; }

    /// <summary>The account alias (ListAccountAliases); null when it has none or the call was refused.</summary>
    public string? Alias { get; init; }

    /// <summary>Access-key ids of the users whose keys may fail a key rule (ListAccessKeys), with the users it failed for.</summary>
    public required AccessKeyIds AccessKeyIds { get; init; }
    public IReadOnlyList<IamUserListing> Users => Authorization.Users;

    /// <summary>The user listing ran to the end, so <see cref="Users"/> is the account's current set of users.</summary>
    public bool UsersListed => Authorization.UsersListed;
}

/// <summary>A user from GetAccountAuthorizationDetails with what was joined to it; null where it is unknown.</summary>
internal sealed record IamUserListing
{
    public required string UserName { get; init; }
    public string? Arn { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public IReadOnlyList<string>? AttachedPolicyArns { get; init; }
    public IReadOnlyList<string>? GroupPolicyArns { get; init; }
    public IReadOnlyList<string>? InlinePolicyNames { get; init; }
    public IReadOnlyList<string>? AdministratorPolicies { get; init; }
    public IReadOnlyList<string>? GroupAdministratorPolicies { get; init; }
    public IReadOnlyList<string>? AdministratorGroups { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
