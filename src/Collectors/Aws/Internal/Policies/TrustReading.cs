namespace ComplianceEngine.Collectors.Aws.Internal.Policies;

/// <summary>
/// Who outside the account can assume a role, from its trust policy: Allow statements for <c>sts:AssumeRole</c>
/// (or a wildcard covering it) whose AWS principal is <c>*</c> or another account. A condition on
/// <c>sts:ExternalId</c> or <c>aws:PrincipalOrgID</c> marks the grant as conditioned. Service and federated
/// principals are not accounts and are left out.
/// </summary>
internal static class TrustReading
{
    private static readonly string[] GuardKeys = ["sts:ExternalId", "aws:PrincipalOrgID"];

    public static TrustFindings Read(PolicyDocument document, string ownAccount, IReadOnlySet<string> organisation)
    {
        var any = false;
        var external = new SortedSet<string>(StringComparer.Ordinal);
        var unconditioned = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var statement in document.Statements.Where(s => s.Allows && s.Actions.Any(CoversAssumeRole)))
        {
            var guarded = statement.ConditionKeys.Any(k => GuardKeys.Contains(k, StringComparer.OrdinalIgnoreCase));
            foreach (var principal in statement.Principals.Where(p => p.StartsWith("AWS:", StringComparison.Ordinal)).Select(p => p[4..]))
            {
                var account = AccountOf(principal);
                if (account is null || account == ownAccount || organisation.Contains(account))
                    continue;
                external.Add(account);
                if (guarded)
                    continue;
                unconditioned.Add(account);
                any |= account == "*";
            }
        }
        return new TrustFindings(any, [.. external], [.. unconditioned]);
    }

    /// <summary>The account of an AWS principal: <c>*</c>, a 12-digit id, or the account field of an ARN.</summary>
    private static string? AccountOf(string principal)
    {
        if (principal == "*")
            return "*";
        if (principal.Length == 12 && principal.All(char.IsAsciiDigit))
            return principal;
        var parts = principal.Split(':');
        return parts.Length >= 5 && parts[0] == "arn" ? (parts[4].Length == 0 ? null : parts[4]) : null;
    }

    private static bool CoversAssumeRole(string action) =>
        action is "*" or "*:*" || string.Equals(action, "sts:*", StringComparison.OrdinalIgnoreCase)
        || string.Equals(action, "sts:AssumeRole", StringComparison.OrdinalIgnoreCase)
        || (action.StartsWith("sts:AssumeRole", StringComparison.OrdinalIgnoreCase) && action.EndsWith('*'));
}

internal sealed record TrustFindings(bool AnyPrincipal, IReadOnlyList<string> ExternalAccounts, IReadOnlyList<string> UnconditionedExternalAccounts);
