using System.Text.Json.Serialization;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Engine.People;

/// <summary>
/// An AWS IAM user with the person it links to (<see cref="PersonModel"/>): built at evaluation, never stored in the
/// snapshot. Its resource is the IAM user's, so a waiver or an item gap of the IAM user applies to it too.
/// </summary>
public sealed record AwsIdentity : Fact, IJoinedFact
{
    public required AwsIamUser IamUser { get; init; }
    public LinkState State { get; init; } = LinkState.Unlinked;

    /// <summary>How the link was found: <c>mapping</c>, <c>tag:&lt;key&gt;</c> or <c>naming</c>; null when unlinked.</summary>
    public string? LinkMethod { get; init; }

    /// <summary>The Entra user the link names (user principal name or object id), as written.</summary>
    public string? LinkTarget { get; init; }

    /// <summary>The Entra user found for the link; null when unlinked, deleted or unresolved.</summary>
    public EntraUser? Person { get; init; }

    public IReadOnlyList<string> JoinedSources { get; init; } = [];

    /// <summary>Whether people sign in through IAM Identity Center, as read: true when a read instance has users (or a
    /// configured read is incomplete, so the gap decides), false when it was read and has none, null when no source read
    /// it (AWS-IAM-10 then takes its parameter).</summary>
    public bool? IdentityCenterInUse { get; init; }

    /// <summary>The sources configured to read Identity Center, joined for <see cref="Snapshot.Datasets.AwsIdentityCenter"/>.</summary>
    public IReadOnlyList<string> IdentityCenterSources { get; init; } = [];

    [JsonIgnore]
    public IEnumerable<(string Source, string Dataset)> JoinedDatasets =>
        IdentityCenterSources.Select(s => (s, Snapshot.Datasets.AwsIdentityCenter));

    /// <summary>Administrator policies held directly or through groups; null when the user's policies were not read.</summary>
    [JsonIgnore]
    public IReadOnlyList<string>? AdministratorPolicies =>
        IamUser.AdministratorPolicies is null || IamUser.GroupAdministratorPolicies is null ? null
            : [.. IamUser.AdministratorPolicies, .. IamUser.GroupAdministratorPolicies];

    [JsonIgnore]
    public bool HasLiveCredentials => IamUser.PasswordEnabled || IamUser.AccessKeys.Any(k => k.Active);

    [JsonIgnore]
    public IEnumerable<(string Source, string Scope)> LinkedScopes =>
        Person is null ? [] : [(Person.SourceId, Snapshot.DataScope.Item(Person.Resource.Key))];

    [JsonIgnore]
    public bool NeedsGroupMembers => false;

    [JsonIgnore]
    public override ResourceRef Resource => IamUser.Resource;

    [JsonIgnore]
    public override IEnumerable<string> DataScopes => IamUser.DataScopes;
}
