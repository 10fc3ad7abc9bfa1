using System.Collections.Concurrent;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// ListUsers, then per user ListAttachedUserPolicies, ListGroupsForUser and ListMFADevices, then per group
/// ListAttachedGroupPolicies. The three per-user streams run side by side, so a permission missing for one
/// (e.g. iam:ListMFADevices) leaves the others intact.
/// </summary>
internal sealed class IamUserCollection(IamQueryClient iam, AwsCallRunner runner)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _attached = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _groups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _groupPolicies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _mfa = new(StringComparer.Ordinal);

    public async Task<(IReadOnlyList<IamUserListing>, DatasetStatus)> CollectAsync(CancellationToken ct)
    {
        const string name = Datasets.AwsUserPolicies;
        List<IamUser> users;
        try
        {
            users = await runner.AllPagesAsync("iam:ListUsers", iam.ListUsersAsync, ct);
        }
        catch (AwsCallException e)
        {
            return ([], DatasetResult.Failed(name, e.Message));
        }
        var names = users.Select(u => u.UserName).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var degree = runner.MaxConcurrency;

        var attached = FanOut.RunAsync(names, degree, async (user, token) =>
            _attached[user] = await runner.AllPagesAsync("iam:ListAttachedUserPolicies", (m, c) => iam.ListAttachedUserPoliciesAsync(user, m, c), token), ct);
        var mfa = FanOut.RunAsync(names, degree, async (user, token) =>
            _mfa[user] = await runner.AllPagesAsync("iam:ListMFADevices", (m, c) => iam.ListMfaDevicesAsync(user, m, c), token), ct);
        var groups = GroupPoliciesAsync(names, degree, ct);
        await Task.WhenAll(attached, mfa, groups);

        var reasons = new[] { (await attached).Reason("users' attached policies"), await groups, (await mfa).Reason("users' MFA device lists") }
            .OfType<string>().ToList();
        var listings = users.Where(u => u.UserName.Length > 0).DistinctBy(u => u.UserName, StringComparer.Ordinal).Select(ToListing).ToList();
        return (listings, DatasetResult.From(name, listings.Count, reasons.Count == 0 ? null : string.Join("; ", reasons), usable: true));
    }

    /// <summary>The groups of every user, then each distinct group's attached policies; the reason when incomplete.</summary>
    private async Task<string?> GroupPoliciesAsync(IReadOnlyList<string> users, int degree, CancellationToken ct)
    {
        var memberships = await FanOut.RunAsync(users, degree, async (user, token) =>
            _groups[user] = await runner.AllPagesAsync("iam:ListGroupsForUser", (m, c) => iam.ListGroupsForUserAsync(user, m, c), token), ct);
        var groups = _groups.Values.SelectMany(g => g).Distinct(StringComparer.Ordinal).ToList();
        var policies = await FanOut.RunAsync(groups, degree, async (group, token) =>
            _groupPolicies[group] = await runner.AllPagesAsync("iam:ListAttachedGroupPolicies", (m, c) => iam.ListAttachedGroupPoliciesAsync(group, m, c), token), ct);
        var reasons = new[] { memberships.Reason("users' group lists"), policies.Reason("groups' attached policies") }.OfType<string>().ToList();
        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    private IamUserListing ToListing(IamUser user)
    {
        var name = user.UserName;
        return new IamUserListing
        {
            UserName = name,
            Arn = user.Arn,
            CreatedAt = user.CreateDate,
            PasswordLastUsed = user.PasswordLastUsed,
            AttachedPolicyArns = _attached.TryGetValue(name, out var attached) ? Sorted(attached) : null,
            GroupPolicyArns = GroupPoliciesOf(name),
            MfaSerials = _mfa.TryGetValue(name, out var mfa) ? Sorted(mfa) : null,
        };
    }

    /// <summary>The union of the user's groups' policies; null unless every one of its groups was read.</summary>
    private IReadOnlyList<string>? GroupPoliciesOf(string user)
    {
        if (!_groups.TryGetValue(user, out var groups))
            return null;
        var policies = new List<string>();
        foreach (var group in groups)
        {
            if (!_groupPolicies.TryGetValue(group, out var attached))
                return null;
            policies.AddRange(attached);
        }
        return Sorted(policies);
    }

    private static IReadOnlyList<string> Sorted(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
