using System.Text.Json.Serialization;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.People;

/// <summary>
/// A person: an Entra ID user with the Azure role assignments, AWS IAM users and IAM Identity Center users that link to it
/// (<see cref="PersonModel"/>). Built at evaluation, never stored in the snapshot.
/// </summary>
public sealed record Person : Fact, IJoinedFact
{
    public required EntraUser User { get; init; }
    public IReadOnlyList<AzurePrincipal> Azure { get; init; } = [];
    public IReadOnlyList<AwsIdentity> Aws { get; init; } = [];

    /// <summary>The IAM Identity Center users that link to the person (by external id, user name or email).</summary>
    public IReadOnlyList<IdentityCenterIdentity> IdentityCenter { get; init; } = [];
    public IReadOnlyList<string> JoinedSources { get; init; } = [];

    /// <summary>Some group holding Azure roles in the person's tenant has members that were not read: the person may be
    /// one of them, so what they hold in Azure is not fully known.</summary>
    [JsonIgnore]
    public bool NeedsGroupMembers { get; init; }

    /// <summary>The item scopes of those groups, with their source (shared by every person of the tenant).</summary>
    [JsonIgnore]
    public IReadOnlyList<(string Source, string Scope)> UnreadGroups { get; init; } = [];

    /// <summary>The latest use of any of the person's credentials: Entra sign-in, IAM console password or access key.</summary>
    [JsonIgnore]
    public DateTimeOffset? LastUse
    {
        get
        {
            var last = User.SignIn?.LastActivity;
            foreach (var aws in Aws)
            {
                last = Later(last, aws.IamUser.PasswordLastUsed);
                foreach (var key in aws.IamUser.AccessKeys)
                    last = Later(last, key.LastUsed);
            }
            return last;
        }
    }

    [JsonIgnore]
    public IEnumerable<(string Source, string Scope)> LinkedScopes =>
        Aws.Select(a => (a.SourceId, DataScope.Item(a.Resource.Key)))
            .Concat(Azure.Select(a => (a.SourceId, DataScope.Item(a.Subscription.Resource.Key))))
            .Concat(UnreadGroups)
            .Concat(IdentityCenter.SelectMany(c => c.DataScopes.Select(scope => (c.SourceId, scope))));

    /// <summary>Whether an Identity Center user of the person holds an administrator assignment (null when one's assignments are unknown).</summary>
    [JsonIgnore]
    public bool? HoldsIdentityCenterAdministrator
    {
        get
        {
            bool? result = false;
            foreach (var c in IdentityCenter)
            {
                if (c.IsAdministrator == true)
                    return true;
                if (c.IsAdministrator is null)
                    result = null;
            }
            return result;
        }
    }

    [JsonIgnore]
    public override ResourceRef Resource => new("entra", User.TenantId, "person", User.Id, User.UserPrincipalName);

    [JsonIgnore]
    public override IEnumerable<string> DataScopes => [DataScope.Item(Resource.Key), DataScope.Item(User.Resource.Key)];

    /// <summary>The later of two timestamps, null meaning never.</summary>
    public static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
