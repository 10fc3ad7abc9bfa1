using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.People;
using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Snapshot;

/// <summary>
/// The boundary between collection and evaluation: the facts as collected, and per source how complete the
/// collection was. Serialised as versioned JSON (see docs/snapshot-format.md).
/// </summary>
public sealed record FactSnapshot
{
    public const int CurrentFormatVersion = 2;

    /// <summary>The oldest format version this build still reads (see <see cref="SnapshotUpgrade"/>).</summary>
    public const int OldestReadableFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>When collection finished. Evaluation measures ages ("not signed in for 90 days") from here,
    /// so the same snapshot always gives the same results.</summary>
    public required DateTimeOffset CollectedAt { get; init; }
    public string? Organization { get; init; }
    public IReadOnlyList<SourceStatus> Sources { get; init; } = [];
    public SnapshotFacts Facts { get; init; } = new();
}

/// <summary>The facts of a snapshot, one list per fact type.</summary>
public sealed record SnapshotFacts
{
    public IReadOnlyList<EntraTenant> EntraTenants { get; init; } = [];
    public IReadOnlyList<EntraUser> EntraUsers { get; init; } = [];
    public IReadOnlyList<AwsAccount> AwsAccounts { get; init; } = [];
    public IReadOnlyList<AwsIamUser> AwsIamUsers { get; init; } = [];
    public IReadOnlyList<AwsIamRole> AwsIamRoles { get; init; } = [];
    public IReadOnlyList<AwsIamPolicy> AwsIamPolicies { get; init; } = [];
    public IReadOnlyList<AwsIdentityCenterUser> AwsIdentityCenterUsers { get; init; } = [];
    public IReadOnlyList<AzureSubscription> AzureSubscriptions { get; init; } = [];
    public IReadOnlyList<CloudResource> CloudResources { get; init; } = [];

    /// <summary>Entra groups holding Azure role assignments, with their members (<c>entra.groupMembers</c>).</summary>
    public IReadOnlyList<EntraGroup> EntraGroups { get; init; } = [];

    /// <summary>The people derived at evaluation (<see cref="PersonModel"/>); never serialised; null until derived.</summary>
    [JsonIgnore]
    public PeopleFacts? People { get; init; }

    public int Count => EntraTenants.Count + EntraUsers.Count + AwsAccounts.Count + AwsIamUsers.Count + AwsIamRoles.Count + AwsIamPolicies.Count
                        + AzureSubscriptions.Count + CloudResources.Count
                        + EntraGroups.Count + AwsIdentityCenterUsers.Count;

    public IReadOnlyList<Fact> OfType(Type factType) => factType switch
    {
        _ when factType == typeof(EntraTenant) => EntraTenants,
        _ when factType == typeof(EntraUser) => EntraUsers,
        _ when factType == typeof(AwsAccount) => AwsAccounts,
        _ when factType == typeof(AwsIamUser) => AwsIamUsers,
        _ when factType == typeof(AwsIamRole) => AwsIamRoles,
        _ when factType == typeof(AwsIamPolicy) => AwsIamPolicies,
        _ when factType == typeof(AwsIdentityCenterUser) => AwsIdentityCenterUsers,
        _ when factType == typeof(AzureSubscription) => AzureSubscriptions,
        _ when factType == typeof(CloudResource) => CloudResources,
        _ when factType == typeof(EntraGroup) => EntraGroups,
        _ when factType == typeof(Person) => People?.Persons ?? [],
        _ when factType == typeof(AwsIdentity) => People?.AwsIdentities ?? [],
        _ when factType == typeof(AzurePrincipal) => People?.AzurePrincipals ?? [],
        _ when factType == typeof(IdentityCenterIdentity) => People?.IdentityCenterIdentities ?? [],
        _ => throw new ArgumentException($"{factType.Name} is not a snapshot fact type.", nameof(factType)),
    };
}
