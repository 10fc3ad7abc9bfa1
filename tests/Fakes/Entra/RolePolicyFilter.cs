namespace ComplianceEngine.Fakes.Entra;

/// <summary>
/// The <c>$filter</c> Graph demands on <c>policies/roleManagementPolicyAssignments</c>: <c>scopeId eq '…' and
/// scopeType eq '…'</c>, optionally <c>and roleDefinitionId eq '…'</c>. Only directory-role scope (<c>/</c>) has policies here.
/// </summary>
internal sealed record RolePolicyFilter(string ScopeId, string ScopeType, string? RoleDefinitionId)
{
    public static RolePolicyFilter? Parse(string filter)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in filter.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = term.Split(" eq ", 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length < 2 || parts[1][0] != '\'' || parts[1][^1] != '\'')
                return null;
            terms[parts[0]] = parts[1][1..^1];
        }
        return terms.TryGetValue("scopeId", out var scopeId) && terms.TryGetValue("scopeType", out var scopeType)
            ? new RolePolicyFilter(scopeId, scopeType, terms.GetValueOrDefault("roleDefinitionId"))
            : null;
    }

    public bool Matches(string roleDefinitionId) =>
        ScopeId == "/" && ScopeType is ("DirectoryRole" or "Directory")
        && (RoleDefinitionId is null || string.Equals(RoleDefinitionId, roleDefinitionId, StringComparison.OrdinalIgnoreCase));
}
