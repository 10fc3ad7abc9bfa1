using System.Text.Json.Serialization;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.People;

/// <summary>
/// An IAM Identity Center user with the person it links to (<see cref="PersonModel"/>): built at evaluation, never
/// stored in the snapshot. Its resource is the Identity Center user's, so a waiver or gap of the user applies to it too.
/// </summary>
public sealed record IdentityCenterIdentity : Fact, IJoinedFact
{
    public required AwsIdentityCenterUser User { get; init; }
    public LinkState State { get; init; } = LinkState.Unlinked;

    /// <summary>How the link was found: <c>mapping</c>, <c>externalId</c>, <c>userName</c> or <c>email</c>; null when unlinked.</summary>
    public string? LinkMethod { get; init; }

    /// <summary>What the link matched (the external id, user name or email), as read.</summary>
    public string? LinkTarget { get; init; }

    /// <summary>The Entra user found for the link; null when unlinked, deleted or unresolved.</summary>
    public EntraUser? Person { get; init; }

    public IReadOnlyList<string> JoinedSources { get; init; } = [];

    [JsonIgnore]
    public bool NeedsGroupMembers => false;

    /// <summary>True when the user holds at least one administrator assignment; null when the assignments were not read.</summary>
    [JsonIgnore]
    public bool? IsAdministrator => User.AdministratorAssignments is null ? null : User.AdministratorAssignments.Count > 0;

    [JsonIgnore]
    public IEnumerable<(string Source, string Scope)> LinkedScopes =>
        Person is null ? [] : [(Person.SourceId, DataScope.Item(Person.Resource.Key))];

    [JsonIgnore]
    public override ResourceRef Resource => User.Resource;

    [JsonIgnore]
    public override IEnumerable<string> DataScopes => User.DataScopes;
}
