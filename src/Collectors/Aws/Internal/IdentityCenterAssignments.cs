using ComplianceEngine.Collectors.Aws.Internal.Policies;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// The account assignments of an Identity Center instance's administrator permission sets: each permission set is
/// described and its managed and inline policies read (AdministratorAccess, or an inline policy granting
/// administration by <see cref="AdministratorReading"/>); for the administrator ones, the accounts it is provisioned to
/// and the assignments in each. A permission set that cannot be read is a failure of its own, not of the others.
/// </summary>
internal sealed class IdentityCenterAssignments(IdentityCenterClient client, AwsCallRunner runner)
{
    public async Task<AssignmentFindings> ReadAsync(string instance, CancellationToken ct)
    {
        List<string> sets;
        try
        {
            sets = await runner.AllPagesAsync("sso:ListPermissionSets", (t, c) => client.ListPermissionSetsAsync(instance, t, c), ct);
        }
        catch (AwsCallException e)
        {
            return new AssignmentFindings(null, [], e.Message);
        }
        var results = await Task.WhenAll(sets.Select(async set =>
        {
            try
            {
                return (Grants: await ReadSetAsync(instance, set, ct), Failure: (string?)null);
            }
            catch (AwsCallException e)
            {
                return (Grants: new List<Grant>(), Failure: $"permission set {set}: {e.Message}");
            }
        }));
        return new AssignmentFindings([.. results.SelectMany(r => r.Grants)], [.. results.Select(r => r.Failure).OfType<string>()], null);
    }

    private async Task<List<Grant>> ReadSetAsync(string instance, string set, CancellationToken ct)
    {
        var name = await runner.RunAsync("sso:DescribePermissionSet", c => client.DescribePermissionSetNameAsync(instance, set, c), ct) ?? set;
        var managed = await runner.AllPagesAsync("sso:ListManagedPoliciesInPermissionSet", (t, c) => client.ListManagedPoliciesAsync(instance, set, t, c), ct);
        var administrator = managed.Any(IsAdministratorAccess);
        if (!administrator)
        {
            var inline = await runner.RunAsync("sso:GetInlinePolicyForPermissionSet", c => client.GetInlinePolicyAsync(instance, set, c), ct);
            if (inline is not null)
            {
                var document = PolicyDocument.Parse(inline)
                    ?? throw new AwsCallException("sso:GetInlinePolicyForPermissionSet", "the inline policy could not be read", false, false, new FormatException());
                administrator = AdministratorReading.GrantsAdministration(document);
            }
        }
        if (!administrator)
            return [];
        var accounts = await runner.AllPagesAsync("sso:ListAccountsForProvisionedPermissionSet",
            (t, c) => client.ListAccountsForProvisionedPermissionSetAsync(instance, set, t, c), ct);
        var grants = new List<Grant>();
        foreach (var account in accounts)
        {
            var assignments = await runner.AllPagesAsync("sso:ListAccountAssignments",
                (t, c) => client.ListAccountAssignmentsAsync(instance, account, set, t, c), ct);
            grants.AddRange(assignments.Select(a => new Grant(account, set, name, a.PrincipalType, a.PrincipalId)));
        }
        return grants;
    }

    private static bool IsAdministratorAccess(string arn) =>
        arn.StartsWith("arn:aws", StringComparison.Ordinal) && arn.EndsWith(":iam::aws:policy/AdministratorAccess", StringComparison.Ordinal);
}

/// <summary>One assignment of an administrator permission set in an account, to a <c>USER</c> or <c>GROUP</c>.</summary>
internal sealed record Grant(string AccountId, string PermissionSetArn, string PermissionSetName, string PrincipalType, string PrincipalId)
{
    public bool ToGroup => string.Equals(PrincipalType, "GROUP", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The grants read (null when the permission sets could not be listed), the permission sets that failed, and why the listing failed.</summary>
internal sealed record AssignmentFindings(IReadOnlyList<Grant>? Grants, IReadOnlyList<string> FailedSets, string? ListingFailure);
