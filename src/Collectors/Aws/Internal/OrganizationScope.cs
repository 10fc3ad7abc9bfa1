namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// Which accounts of the organisation to collect: every listed account, or those named in <c>include</c> (an account id,
/// or an OU with the OUs nested in it), minus those named in <c>exclude</c>. OUs are walked with
/// ListOrganizationalUnitsForParent and ListAccountsForParent (which lists only an OU's direct accounts).
/// </summary>
internal sealed class OrganizationScope(OrganizationsClient client, AwsCallRunner runner)
{
    public async Task<IReadOnlyList<OrganizationAccount>> SelectAsync(IReadOnlyList<OrganizationAccount> listed, AwsOrganizationOptions options,
        CancellationToken ct)
    {
        var included = options.Include.Count == 0 ? null : await AccountsOfAsync(options.Include, ct);
        var excluded = await AccountsOfAsync(options.Exclude, ct);
        return listed.Where(a => (included is null || included.Contains(a.Id)) && !excluded.Contains(a.Id))
            .DistinctBy(a => a.Id, StringComparer.Ordinal).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
    }

    private async Task<HashSet<string>> AccountsOfAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var accounts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!id.StartsWith("ou-", StringComparison.Ordinal))
            {
                accounts.Add(id);
                continue;
            }
            var pending = new Queue<string>([id]);
            while (pending.TryDequeue(out var unit))
            {
                var direct = await runner.AllPagesAsync("organizations:ListAccountsForParent", (t, c) => client.ListAccountsForParentAsync(unit, t, c), ct);
                accounts.UnionWith(direct.Select(a => a.Id));
                var children = await runner.AllPagesAsync("organizations:ListOrganizationalUnitsForParent",
                    (t, c) => client.ListOrganizationalUnitsForParentAsync(unit, t, c), ct);
                foreach (var child in children)
                    pending.Enqueue(child);
            }
        }
        return accounts;
    }
}
