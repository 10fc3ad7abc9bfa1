using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.People.Internal;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.People;

/// <summary>
/// Joins the three sides of a snapshot into people, once per evaluation, with dictionaries, in time linear in the
/// facts: each Entra user is a person; Azure role holders attach by principal object id; AWS IAM users by the link
/// <see cref="IdentityLinkSettings"/> describes; IAM Identity Center users by external id, user name or email. A group
/// principal is resolved to its members when the snapshot holds them (<c>entra.groupMembers</c>): each member holds the
/// group's assignments as its own principal; a group whose members are unknown stays a group, and makes the Azure
/// footprint of every person of its tenant unknown.
/// </summary>
public static class PersonModel
{
    /// <summary>The snapshot with its people derived (<see cref="SnapshotFacts.People"/>); as given when already derived.</summary>
    public static FactSnapshot WithPeople(FactSnapshot snapshot, IdentityLinkSettings links) =>
        snapshot.Facts.People is not null ? snapshot : snapshot with { Facts = snapshot.Facts with { People = Build(snapshot, links) } };

    public static PeopleFacts Build(FactSnapshot snapshot, IdentityLinkSettings links)
    {
        var facts = snapshot.Facts;
        var directory = new EntraDirectory(snapshot);
        var entraSources = snapshot.Sources.Where(s => s.Provider == "entra").Select(s => s.Id).ToList();
        var cloudSources = snapshot.Sources.Where(s => s.Provider is "aws" or "azure").Select(s => s.Id).ToList();

        var (centerSources, centerInUse) = IdentityCenterUse(snapshot);
        var linker = new AwsLinker(links, directory);
        var aws = new List<AwsIdentity>(facts.AwsIamUsers.Count);
        foreach (var user in facts.AwsIamUsers)
            aws.Add(linker.Link(user) with
            {
                SourceId = user.SourceId, JoinedSources = entraSources, IdentityCenterSources = centerSources, IdentityCenterInUse = centerInUse,
            });

        var centerLinker = new IdentityCenterLinker(links, directory);
        var center = new List<IdentityCenterIdentity>(facts.AwsIdentityCenterUsers.Count);
        foreach (var user in facts.AwsIdentityCenterUsers)
            center.Add(centerLinker.Link(user) with { JoinedSources = entraSources });

        var groups = new Dictionary<string, EntraGroup>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in facts.EntraGroups)
            groups.TryAdd(group.Id, group);
        var azure = new List<AzurePrincipal>();
        foreach (var subscription in facts.AzureSubscriptions)
            azure.AddRange(Principals(subscription, directory, snapshot.Sources, groups));
        var unread = UnreadGroups.Of(azure);

        var awsOf = new Dictionary<EntraUser, List<AwsIdentity>>(ReferenceEqualityComparer.Instance);
        foreach (var identity in aws)
            if (identity.Person is { } person)
                Add(awsOf, person, identity);
        var centerOf = new Dictionary<EntraUser, List<IdentityCenterIdentity>>(ReferenceEqualityComparer.Instance);
        foreach (var identity in center)
            if (identity.Person is { } person)
                Add(centerOf, person, identity);
        var azureOf = new Dictionary<EntraUser, List<AzurePrincipal>>(ReferenceEqualityComparer.Instance);
        foreach (var principal in azure)
            if (principal.User is { } user)
                Add(azureOf, user, principal);

        var persons = new List<Person>(facts.EntraUsers.Count);
        foreach (var user in facts.EntraUsers)
        {
            persons.Add(new Person
            {
                SourceId = user.SourceId,
                User = user,
                Aws = awsOf.TryGetValue(user, out var a) ? a : [],
                Azure = azureOf.TryGetValue(user, out var z) ? z : [],
                IdentityCenter = centerOf.TryGetValue(user, out var c) ? c : [],
                JoinedSources = cloudSources,
                NeedsGroupMembers = unread.Any(user.TenantId),
                UnreadGroups = unread.Scopes(user.TenantId),
            });
        }
        return new PeopleFacts { Persons = persons, AwsIdentities = aws, AzurePrincipals = azure, IdentityCenterIdentities = center };
    }

    /// <summary>
    /// Whether people sign in through IAM Identity Center, and the sources that decide it: users seen settle it (no gap
    /// elsewhere can undo them, so nothing more is joined); else a configured read that is incomplete leaves it unknown
    /// (in use, joined, so the gap makes it Error); else a read that found none says no; else nobody read it (null).
    /// </summary>
    private static (IReadOnlyList<string> Sources, bool? InUse) IdentityCenterUse(FactSnapshot snapshot)
    {
        var read = snapshot.Facts.AwsAccounts.Where(a => a.IdentityCenterInstances is not null).Select(a => a.SourceId)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (snapshot.Facts.AwsIdentityCenterUsers.Count > 0)
            return (read, true);
        // A source that failed before listing its datasets may be any account: only one that lists the dataset was configured for it.
        var incomplete = snapshot.Sources.Where(s => s.Provider == "aws" && s.Datasets.Any(d => d.Name == Datasets.AwsIdentityCenter)
                                                      && s.GapsIn(Datasets.AwsIdentityCenter).Count > 0)
            .Select(s => s.Id).ToList();
        var sources = read.Union(incomplete, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (sources, incomplete.Count > 0 ? true : read.Count > 0 ? false : null);
    }

    private static IEnumerable<AzurePrincipal> Principals(AzureSubscription subscription, EntraDirectory directory, IReadOnlyList<SourceStatus> sources,
        Dictionary<string, EntraGroup> groups)
    {
        if (subscription.PrivilegedRoleHolders is not { } holders)
            yield break;
        var joined = sources.Where(s => s.Provider == "entra"
                                        && (subscription.TenantId is null || string.Equals(s.Scope, subscription.TenantId, StringComparison.OrdinalIgnoreCase)))
            .Select(s => s.Id).ToList();
        foreach (var group in holders.GroupBy(h => h.PrincipalId, StringComparer.OrdinalIgnoreCase))
        {
            var first = group.First();
            var principal = new AzurePrincipal
            {
                SourceId = subscription.SourceId,
                Subscription = subscription,
                PrincipalId = first.PrincipalId,
                PrincipalType = group.Select(h => h.PrincipalType).FirstOrDefault(t => t is not null),
                Assignments = group.ToList(),
                JoinedSources = joined,
            };
            if (principal.MayBePerson)
            {
                yield return Resolve(principal, directory, subscription);
                continue;
            }
            if (!principal.IsGroup)
            {
                yield return principal;
                continue;
            }
            var read = groups.GetValueOrDefault(principal.PrincipalId);
            yield return principal with { Group = read };
            foreach (var member in (read?.MemberIds ?? []).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                yield return Resolve(principal with { PrincipalId = member, PrincipalType = "User", Group = read, ViaGroup = true },
                    directory, subscription);
            }
        }
    }

    private static AzurePrincipal Resolve(AzurePrincipal principal, EntraDirectory directory, AzureSubscription subscription)
    {
        if (principal.IsUnknownPrincipal)
            return principal with { State = LinkState.Deleted };
        if (directory.ById(principal.PrincipalId) is { } user)
            return principal with { User = user, State = user.AccountEnabled == false ? LinkState.Disabled : LinkState.Active };
        // An id of type User the complete directory does not hold was deleted; with no type given, it may be anything else.
        var isUser = principal.PrincipalType is not null;
        return principal with { State = isUser && subscription.DirectoryUsersRead == true ? LinkState.Deleted : LinkState.Unresolved };
    }

    private static void Add<T>(Dictionary<EntraUser, List<T>> map, EntraUser user, T item)
    {
        if (!map.TryGetValue(user, out var list))
            map[user] = list = [];
        list.Add(item);
    }
}
