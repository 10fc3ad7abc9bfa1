using System.Xml.Linq;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>One page of GetAccountAuthorizationDetails (users, groups, roles and managed policies, all in one call).</summary>
internal sealed record AuthorizationDetailsPage(
    IReadOnlyList<UserDetail> Users, IReadOnlyList<GroupDetail> Groups, IReadOnlyList<RoleDetail> Roles, IReadOnlyList<ManagedPolicyDetail> Policies,
    string? NextMarker)
{
    public static AuthorizationDetailsPage Read(XElement result)
    {
        var users = result.Child("UserDetailList").Members("member").Select(m => new UserDetail(
            m.Text("UserName") ?? string.Empty, m.Text("Arn"), m.Date("CreateDate"),
            m.Child("GroupList").Members("member").Select(g => g.Value).ToList(), Attached(m), Inline(m, "UserPolicyList"), Tags(m))).ToList();
        var groups = result.Child("GroupDetailList").Members("member").Select(m => new GroupDetail(
            m.Text("GroupName") ?? string.Empty, Attached(m), Inline(m, "GroupPolicyList"))).ToList();
        var roles = result.Child("RoleDetailList").Members("member").Select(m => new RoleDetail(
            m.Text("RoleName") ?? string.Empty, m.Text("Arn") ?? string.Empty, m.Text("Path"), m.Date("CreateDate"),
            m.Child("RoleLastUsed").Date("LastUsedDate"), m.Text("AssumeRolePolicyDocument"), Attached(m), Inline(m, "RolePolicyList"))).ToList();
        var policies = result.Child("Policies").Members("member").Select(m => new ManagedPolicyDetail(
            m.Text("PolicyName") ?? string.Empty, m.Text("Arn") ?? string.Empty, m.Int("AttachmentCount") ?? 0,
            m.Child("PolicyVersionList").Members("member").FirstOrDefault(v => v.Bool("IsDefaultVersion")).Text("Document"))).ToList();
        var truncated = result.Bool("IsTruncated");
        return new AuthorizationDetailsPage(users, groups, roles, policies, truncated ? result.Text("Marker") : null);
    }

    private static List<string> Attached(XElement member) =>
        member.Child("AttachedManagedPolicies").Members("member").Select(p => p.Text("PolicyArn") ?? string.Empty).Where(a => a.Length > 0).ToList();

    private static Dictionary<string, string> Tags(XElement member)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in member.Child("Tags").Members("member"))
        {
            if (tag.Text("Key") is { Length: > 0 } key)
                tags.TryAdd(key, tag.Text("Value") ?? string.Empty);
        }
        return tags;
    }

    private static List<InlinePolicy> Inline(XElement member, string list) =>
        member.Child(list).Members("member").Select(p => new InlinePolicy(p.Text("PolicyName") ?? string.Empty, p.Text("PolicyDocument"))).ToList();
}

internal sealed record InlinePolicy(string Name, string? Document);

internal sealed record UserDetail(string UserName, string? Arn, DateTimeOffset? CreateDate, IReadOnlyList<string> Groups,
    IReadOnlyList<string> AttachedPolicyArns, IReadOnlyList<InlinePolicy> InlinePolicies, IReadOnlyDictionary<string, string> Tags);

internal sealed record GroupDetail(string GroupName, IReadOnlyList<string> AttachedPolicyArns, IReadOnlyList<InlinePolicy> InlinePolicies);

internal sealed record RoleDetail(string RoleName, string Arn, string? Path, DateTimeOffset? CreateDate, DateTimeOffset? LastUsed,
    string? TrustPolicy, IReadOnlyList<string> AttachedPolicyArns, IReadOnlyList<InlinePolicy> InlinePolicies);

/// <summary>A managed policy (customer or AWS) with its default version's document.</summary>
internal sealed record ManagedPolicyDetail(string PolicyName, string Arn, int AttachmentCount, string? DefaultDocument)
{
    public bool IsAwsManaged => Arn.Contains(":iam::aws:policy/", StringComparison.Ordinal);
}
