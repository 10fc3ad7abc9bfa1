using ComplianceEngine.Collectors.Aws.Internal.Policies;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// Users, groups, roles and managed policies in one paged read (GetAccountAuthorizationDetails, 1,000 items a page),
/// joined here: each user's own and group policies, and which of them grant full administration. It feeds two datasets,
/// <c>aws.userPolicies</c> and <c>aws.rolesAndPolicies</c>; a refused or failing call leaves both missing and nothing else.
/// </summary>
internal sealed class IamAuthorizationCollection(IamQueryClient iam, AwsCallRunner runner)
{
    public async Task<AuthorizationFindings> CollectAsync(CancellationToken ct)
    {
        var pages = new List<AuthorizationDetailsPage>();
        try
        {
            string? marker = null;
            do
            {
                var current = marker;
                var page = await runner.RunAsync("iam:GetAccountAuthorizationDetails", c => iam.GetAccountAuthorizationDetailsAsync(current, c), ct);
                pages.Add(page);
                marker = page.NextMarker;
            }
            while (!string.IsNullOrEmpty(marker));
        }
        catch (AwsCallException e)
        {
            return new AuthorizationFindings
            {
                UserPoliciesStatus = DatasetResult.Failed(Datasets.AwsUserPolicies, e.Message),
                RolesAndPoliciesStatus = DatasetResult.Failed(Datasets.AwsRolesAndPolicies, e.Message),
            };
        }

        var policies = pages.SelectMany(p => p.Policies).DistinctBy(p => p.Arn, StringComparer.Ordinal).ToDictionary(p => p.Arn, StringComparer.Ordinal);
        var groups = pages.SelectMany(p => p.Groups).DistinctBy(g => g.GroupName, StringComparer.Ordinal).ToDictionary(g => g.GroupName, StringComparer.Ordinal);
        var admin = new AdministratorLookup(policies);
        var users = pages.SelectMany(p => p.Users).Where(u => u.UserName.Length > 0).DistinctBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => Listing(u, groups, admin)).ToList();
        var roles = pages.SelectMany(p => p.Roles).Where(r => r.Arn.Length > 0).DistinctBy(r => r.Arn, StringComparer.Ordinal).ToList();
        var customer = policies.Values.Where(p => !p.IsAwsManaged).ToList();
        return new AuthorizationFindings
        {
            Users = users,
            UsersListed = true,
            Roles = roles,
            CustomerPolicies = customer,
            Administrator = admin,
            UserPoliciesStatus = DatasetResult.Complete(Datasets.AwsUserPolicies, users.Count),
            RolesAndPoliciesStatus = DatasetResult.Complete(Datasets.AwsRolesAndPolicies, roles.Count + customer.Count),
        };
    }

    private static IamUserListing Listing(UserDetail user, IReadOnlyDictionary<string, GroupDetail> groups, AdministratorLookup admin)
    {
        var own = admin.Of(user.AttachedPolicyArns, user.InlinePolicies, "inline:");
        // A group named by the user but absent from the listing (deleted between pages): its policies are unknown.
        var memberOf = user.Groups.Select(g => groups.GetValueOrDefault(g)).ToList();
        var known = memberOf.All(g => g is not null);
        var groupAdmin = known
            ? memberOf.Select(g => admin.Of(g!.AttachedPolicyArns, g.InlinePolicies, $"inline:{g.GroupName}/")).ToList()
            : null;
        return new IamUserListing
        {
            UserName = user.UserName,
            Arn = user.Arn,
            CreatedAt = user.CreateDate,
            AttachedPolicyArns = Sorted(user.AttachedPolicyArns),
            GroupPolicyArns = known ? Sorted(memberOf.SelectMany(g => g!.AttachedPolicyArns)) : null,
            InlinePolicyNames = Sorted(user.InlinePolicies.Select(p => p.Name)),
            AdministratorPolicies = own,
            GroupAdministratorPolicies = groupAdmin is null || groupAdmin.Any(g => g is null) ? null : Sorted(groupAdmin.SelectMany(g => g!)),
            // The groups to name in the fix (remove-user-from-group): those whose own policies make the user an administrator.
            AdministratorGroups = groupAdmin is null || groupAdmin.Any(g => g is null) ? null
                : Sorted(memberOf.Zip(groupAdmin).Where(p => p.Second!.Count > 0).Select(p => p.First!.GroupName)),
            Tags = user.Tags,
        };
    }

    internal static IReadOnlyList<string> Sorted(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

/// <summary>What GetAccountAuthorizationDetails gave, with the status of the two datasets it feeds.</summary>
internal sealed record AuthorizationFindings
{
    public IReadOnlyList<IamUserListing> Users { get; init; } = [];

    /// <summary>The listing ran to the end, so <see cref="Users"/> is the account's current set of users.</summary>
    public bool UsersListed { get; init; }
    public IReadOnlyList<RoleDetail> Roles { get; init; } = [];
    public IReadOnlyList<ManagedPolicyDetail> CustomerPolicies { get; init; } = [];
    public AdministratorLookup Administrator { get; init; } = new(new Dictionary<string, ManagedPolicyDetail>());
    public required DatasetStatus UserPoliciesStatus { get; init; }
    public required DatasetStatus RolesAndPoliciesStatus { get; init; }
}
