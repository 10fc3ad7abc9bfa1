namespace ComplianceEngine.Collectors.Aws.Internal.Policies;

/// <summary>
/// Whether a policy document grants full administration. One reading for users, groups, roles and policies
/// (docs/collectors/aws.md, "Administrator rights"): an Allow statement on <c>"Resource": "*"</c> whose actions
/// cover <c>*</c>, <c>*:*</c> or <c>iam:*</c>, or one of the IAM actions that let a principal give itself any
/// permission. Deny statements and conditions are not weighed: a conditioned grant is still reported.
/// </summary>
internal static class AdministratorReading
{
    /// <summary>Each of these on every resource lets the holder attach or write a policy granting itself anything.</summary>
    public static readonly IReadOnlyList<string> EscalationActions =
    [
        "iam:AttachUserPolicy", "iam:AttachGroupPolicy", "iam:AttachRolePolicy", "iam:PutUserPolicy", "iam:PutGroupPolicy",
        "iam:PutRolePolicy", "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:UpdateAssumeRolePolicy",
        "iam:AddUserToGroup",
    ];

    /// <summary><c>"Action": "*"</c> allowed on <c>"Resource": "*"</c> (CIS AWS 1.16).</summary>
    public static bool AllowsFullAccess(PolicyDocument document) =>
        document.Statements.Any(s => s.Allows && !s.HasNotAction && OnEverything(s) && s.Actions.Any(a => a is "*" or "*:*"));

    public static bool GrantsAdministration(PolicyDocument document) =>
        document.Statements.Any(s => s.Allows && !s.HasNotAction && OnEverything(s)
            && s.Actions.Any(a => a is "*" or "*:*" || Matches(a, "iam:*") || EscalationActions.Any(e => Matches(a, e))));

    private static bool OnEverything(PolicyStatement s) => s.Resources.Any(r => r == "*");

    /// <summary>IAM action patterns: case-insensitive, <c>*</c> any run, <c>?</c> one character. <c>iam:*</c> as a
    /// pattern only matches a statement action that covers all of IAM.</summary>
    private static bool Matches(string pattern, string action)
    {
        if (action == "iam:*")
            return string.Equals(pattern, "iam:*", StringComparison.OrdinalIgnoreCase) || pattern is "*" or "*:*";
        return Glob(pattern.ToLowerInvariant(), 0, action.ToLowerInvariant(), 0);
    }

    private static bool Glob(string p, int i, string s, int j)
    {
        while (i < p.Length)
        {
            if (p[i] == '*')
            {
                for (var k = j; k <= s.Length; k++)
                    if (Glob(p, i + 1, s, k))
                        return true;
                return false;
            }
            if (j >= s.Length || (p[i] != '?' && p[i] != s[j]))
                return false;
            i++;
            j++;
        }
        return j == s.Length;
    }
}
