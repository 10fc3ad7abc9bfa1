using System.Text;
using System.Xml.Linq;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>The IAM Query API (Version 2010-05-08) over a <see cref="FakeAwsAccount"/>, in the documented response shapes.</summary>
public sealed class IamQueryFake(FakeAwsAccount account)
{
    private static readonly XNamespace Ns = "https://iam.amazonaws.com/doc/2010-05-08/";
    private readonly Lazy<Dictionary<string, FakeIamUser>> _users = new(() => account.Users.ToDictionary(u => u.Name, StringComparer.Ordinal));
    private int _reportPolls;

    public FakeReply Handle(string action, IReadOnlyDictionary<string, string> form) => action switch
    {
        "GenerateCredentialReport" => GenerateCredentialReport(),
        "GetCredentialReport" => GetCredentialReport(),
        "GetAccountSummary" => FakeReply.Query(Ns, action, new XElement(Ns + "SummaryMap",
            Entry("Users", account.Users.Count), Entry("AccountMFAEnabled", account.Root.MfaEnabled ? 1 : 0),
            Entry("AccountAccessKeysPresent", account.Root.AccessKeysPresent ? 1 : 0),
            Entry("AccountPasswordPresent", account.Root.PasswordPresent ? 1 : 0), Entry("AccountSigningCertificatesPresent", 0))),
        "GetAccountPasswordPolicy" => account.PasswordPolicy is { } p
            ? FakeReply.Query(Ns, action, new XElement(Ns + "PasswordPolicy",
                new XElement(Ns + "MinimumPasswordLength", p.MinimumPasswordLength), new XElement(Ns + "RequireSymbols", Bool(p.RequireSymbols)),
                new XElement(Ns + "RequireNumbers", "true"), new XElement(Ns + "RequireUppercaseCharacters", "true"),
                new XElement(Ns + "RequireLowercaseCharacters", "true"), new XElement(Ns + "AllowUsersToChangePassword", "true"),
                new XElement(Ns + "ExpirePasswords", Bool(p.MaxPasswordAge > 0)),
                p.MaxPasswordAge is { } age ? new XElement(Ns + "MaxPasswordAge", age) : null,
                p.PasswordReusePrevention is { } reuse ? new XElement(Ns + "PasswordReusePrevention", reuse) : null))
            : FakeReply.Error(404, "NoSuchEntity", $"The Password Policy with domain name {account.AccountId} cannot be found."),
        "ListUsers" => Page(action, form, account.Users.Where(u => u.Listed).ToList(), "Users", u => [new XElement(Ns + "Path", "/"), new XElement(Ns + "UserName", u.Name),
            new XElement(Ns + "UserId", "AIDA" + u.Name.ToUpperInvariant()), new XElement(Ns + "Arn", account.UserArn(u.Name)),
            new XElement(Ns + "CreateDate", FakeReply.Date(u.Created)),
            u.PasswordLastUsed is { } used ? new XElement(Ns + "PasswordLastUsed", FakeReply.Date(used)) : null]),
        "ListMFADevices" => WithUser(form, u => Page(action, form, u.MfaSerials, "MFADevices", s => [new XElement(Ns + "UserName", u.Name),
            new XElement(Ns + "SerialNumber", s), new XElement(Ns + "EnableDate", "2023-01-10T08:05:00Z")])),
        "ListAccessKeys" => WithUser(form, u => Page(action, form, u.AccessKeyActive || u.AccessKeyRotated is not null ? [u] : new List<FakeIamUser>(), "AccessKeyMetadata",
            k => [new XElement(Ns + "UserName", k.Name), new XElement(Ns + "AccessKeyId", k.KeyId), new XElement(Ns + "Status", k.AccessKeyActive ? "Active" : "Inactive"),
                k.AccessKeyRotated is { } created ? new XElement(Ns + "CreateDate", FakeReply.Date(created)) : null])),
        "ListVirtualMFADevices" => Page(action, form, VirtualMfaDevices(), "VirtualMFADevices", d => [new XElement(Ns + "SerialNumber", d.Serial),
            new XElement(Ns + "User", new XElement(Ns + "Arn", d.Arn)), new XElement(Ns + "EnableDate", "2023-01-10T08:05:00Z")]),
        "GetAccountAuthorizationDetails" => AuthorizationDetailsFake.Handle(account, form),
        "ListAccountAliases" => FakeReply.Query(Ns, action,
            new XElement(Ns + "AccountAliases", account.Alias is { } alias ? new XElement(Ns + "member", alias) : null), new XElement(Ns + "IsTruncated", "false")),
        "ListAttachedUserPolicies" => WithUser(form, u => Page(action, form, u.Policies, "AttachedPolicies", PolicyMember)),
        "ListGroupsForUser" => WithUser(form, u => Page(action, form, u.Groups, "Groups", g => [new XElement(Ns + "GroupName", g),
            new XElement(Ns + "Arn", $"arn:aws:iam::{account.AccountId}:group/{g}")])),
        "ListAttachedGroupPolicies" => account.GroupPolicies.TryGetValue(form.GetValueOrDefault("GroupName") ?? string.Empty, out var policies)
            ? Page(action, form, policies, "AttachedPolicies", PolicyMember)
            : FakeReply.Error(404, "NoSuchEntity", "The group cannot be found."),
        _ => FakeReply.Error(400, "InvalidAction", $"Could not find operation {action} for version 2010-05-08"),
    };

    private FakeReply GenerateCredentialReport()
    {
        var polls = Interlocked.Increment(ref _reportPolls);
        var state = polls > account.ReportPollsBeforeComplete ? "COMPLETE" : polls == 1 ? "STARTED" : "INPROGRESS";
        return FakeReply.Query(Ns, "GenerateCredentialReport", new XElement(Ns + "State", state),
            new XElement(Ns + "Description", state == "STARTED" ? "No report exists. Starting a new report generation task" : state));
    }

    private FakeReply GetCredentialReport()
    {
        if (Volatile.Read(ref _reportPolls) <= account.ReportPollsBeforeComplete)
            return FakeReply.Error(404, "ReportInProgress", "Report generation in progress.");
        var csv = CredentialReportCsv.Build(account);
        return FakeReply.Query(Ns, "GetCredentialReport", new XElement(Ns + "Content", Convert.ToBase64String(Encoding.UTF8.GetBytes(csv))),
            new XElement(Ns + "ReportFormat", "text/csv"), new XElement(Ns + "GeneratedTime", "2024-06-01T12:00:00Z"));
    }

    private List<(string Serial, string Arn)> VirtualMfaDevices() =>
    [
        .. account.Root.VirtualMfa ? new[] { ($"arn:aws:iam::{account.AccountId}:mfa/root-account-mfa-device", $"arn:aws:iam::{account.AccountId}:root") } : [],
        .. account.Users.SelectMany(u => u.MfaSerials.Where(s => s.StartsWith("arn:", StringComparison.Ordinal)).Select(s => (s, account.UserArn(u.Name)))),
    ];

    private FakeReply WithUser(IReadOnlyDictionary<string, string> form, Func<FakeIamUser, FakeReply> reply) =>
        _users.Value.GetValueOrDefault(form.GetValueOrDefault("UserName") ?? string.Empty) is { } user
            ? reply(user)
            : FakeReply.Error(404, "NoSuchEntity", "The user with name cannot be found.");

    private FakeReply Page<T>(string action, IReadOnlyDictionary<string, string> form, IReadOnlyList<T> items, string list, Func<T, object?[]> member) =>
        FakeReply.Query(Ns, action, FakeReply.MarkerPage(Ns, items, form, account.PageSize, list, i => member(i).OfType<object>().ToArray()));

    private static object?[] PolicyMember(string arn) => [new XElement(Ns + "PolicyName", arn[(arn.LastIndexOf('/') + 1)..]), new XElement(Ns + "PolicyArn", arn)];

    private static XElement Entry(string key, int value) => new(Ns + "entry", new XElement(Ns + "key", key), new XElement(Ns + "value", value));

    private static string Bool(bool value) => value ? "true" : "false";
}
