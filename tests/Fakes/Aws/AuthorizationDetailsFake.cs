using System.Xml.Linq;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>
/// GetAccountAuthorizationDetails over a <see cref="FakeAwsAccount"/>: users, groups, roles and the managed policies in
/// use, in the documented shape (documents URL-encoded, the default version flagged), paged across all four lists by
/// MaxItems/Marker as IAM does.
/// </summary>
internal static class AuthorizationDetailsFake
{
    private static readonly XNamespace Ns = "https://iam.amazonaws.com/doc/2010-05-08/";

    /// <summary>The AWS-managed policy documents the fake knows; any other AWS-managed policy allows reading S3.</summary>
    private static readonly Dictionary<string, string> AwsManaged = new(StringComparer.Ordinal)
    {
        ["AdministratorAccess"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
        ["ReadOnlyAccess"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:Get*","ec2:Describe*","iam:Get*","iam:List*"],"Resource":"*"}]}""",
        ["IAMFullAccess"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:*","organizations:DescribeAccount"],"Resource":"*"}]}""",
        ["PowerUserAccess"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":["iam:*","organizations:*"],"Resource":"*"}]}""",
    };

    public static FakeReply Handle(FakeAwsAccount account, IReadOnlyDictionary<string, string> form)
    {
        var users = account.Users.Where(u => u.Listed).ToList();
        var groups = users.SelectMany(u => u.Groups).Concat(account.GroupPolicies.Keys).Concat(account.GroupInlinePolicies.Keys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var attached = users.SelectMany(u => u.Policies).Concat(groups.SelectMany(g => account.GroupPolicies.GetValueOrDefault(g) ?? []))
            .Concat(account.Roles.SelectMany(r => r.Policies)).ToList();
        var policies = account.CustomerPolicies.Select(p => (Arn: $"arn:aws:iam::{account.AccountId}:policy/{p.Name}", p.Name, p.Document))
            .Concat(attached.Where(a => a.Contains(":iam::aws:policy/", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)
                .Select(a => (Arn: a, Name: a[(a.LastIndexOf('/') + 1)..], Document: AwsManaged.GetValueOrDefault(a[(a.LastIndexOf('/') + 1)..])
                    ?? """{"Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}""")))
            .ToList();

        var items = new List<(string List, XElement Member)>();
        items.AddRange(users.Select(u => ("UserDetailList", Member(
            El("Path", "/"), El("UserName", u.Name), El("UserId", "AIDA" + u.Name.ToUpperInvariant()), El("Arn", account.UserArn(u.Name)),
            El("CreateDate", FakeReply.Date(u.Created)), Inline("UserPolicyList", u.InlinePolicies),
            new XElement(Ns + "GroupList", u.Groups.Select(g => new XElement(Ns + "member", g))), Attached(u.Policies),
            new XElement(Ns + "Tags", u.Tags.Select(t => Member(El("Key", t.Key), El("Value", t.Value))))))));
        items.AddRange(groups.Select(g => ("GroupDetailList", Member(
            El("Path", "/"), El("GroupName", g), El("GroupId", "AGPA" + g.ToUpperInvariant()), El("Arn", $"arn:aws:iam::{account.AccountId}:group/{g}"),
            El("CreateDate", "2023-01-10T08:00:00Z"), Inline("GroupPolicyList", account.GroupInlinePolicies.GetValueOrDefault(g) ?? new()),
            Attached(account.GroupPolicies.GetValueOrDefault(g) ?? [])))));
        items.AddRange(account.Roles.Select(r => ("RoleDetailList", Member(
            El("Path", r.Path), El("RoleName", r.Name), El("RoleId", "AROA" + r.Name.ToUpperInvariant()),
            El("Arn", $"arn:aws:iam::{account.AccountId}:role{r.Path}{r.Name}"), El("CreateDate", "2023-01-10T08:00:00Z"),
            El("AssumeRolePolicyDocument", Uri.EscapeDataString(r.TrustPolicy)), new XElement(Ns + "InstanceProfileList"),
            Inline("RolePolicyList", r.InlinePolicies), Attached(r.Policies), new XElement(Ns + "RoleLastUsed")))));
        items.AddRange(policies.Select(p => ("Policies", Member(
            El("PolicyName", p.Name), El("PolicyId", "ANPA" + p.Name.ToUpperInvariant()), El("Arn", p.Arn), El("Path", "/"),
            El("DefaultVersionId", "v2"), El("AttachmentCount", attached.Count(a => a == p.Arn).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            El("IsAttachable", "true"), new XElement(Ns + "PolicyVersionList",
                new XElement(Ns + "member", El("Document", Uri.EscapeDataString("""{"Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}""")),
                    El("VersionId", "v1"), El("IsDefaultVersion", "false")),
                new XElement(Ns + "member", El("Document", Uri.EscapeDataString(p.Document)), El("VersionId", "v2"), El("IsDefaultVersion", "true")))))));

        var start = form.TryGetValue("Marker", out var marker) ? int.Parse(marker[1..], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(account.PageSize, form.TryGetValue("MaxItems", out var max) ? int.Parse(max, System.Globalization.CultureInfo.InvariantCulture) : 100);
        var page = items.Skip(start).Take(size).ToList();
        var truncated = start + size < items.Count;
        return FakeReply.Query(Ns, "GetAccountAuthorizationDetails",
            [.. new[] { "UserDetailList", "GroupDetailList", "RoleDetailList", "Policies" }
                .Select(list => new XElement(Ns + list, page.Where(i => i.List == list).Select(i => i.Member))),
            El("IsTruncated", truncated ? "true" : "false"), .. truncated ? new[] { El("Marker", $"m{start + size}") } : Array.Empty<XElement>()]);
    }

    private static XElement Member(params object?[] content) => new(Ns + "member", content.OfType<object>());

    private static XElement El(string name, string value) => new(Ns + name, value);

    private static XElement Attached(IEnumerable<string> arns) => new(Ns + "AttachedManagedPolicies",
        arns.Select(a => new XElement(Ns + "member", El("PolicyName", a[(a.LastIndexOf('/') + 1)..]), El("PolicyArn", a))));

    private static XElement Inline(string list, IReadOnlyDictionary<string, string> policies) => new(Ns + list,
        policies.Select(p => new XElement(Ns + "member", El("PolicyName", p.Key), El("PolicyDocument", Uri.EscapeDataString(p.Value)))));
}
