using System.Globalization;
using System.Xml.Linq;
using Amazon.Runtime;
using ComplianceEngine.Engine.Facts.Aws;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// The IAM Query API (<c>Version=2010-05-08</c>), signed with SigV4 for service <c>iam</c> in us-east-1. One
/// method per operation used, so it can be replaced by AWSSDK.IdentityManagement's client when that package
/// is available. Each method is a single HTTP call; retries and paging loops belong to the caller.
/// </summary>
internal sealed class IamQueryClient(HttpClient http, Uri endpoint, AWSCredentials credentials, TimeProvider clock)
{
    private const string Version = "2010-05-08";
    private const string SigningRegion = "us-east-1";
    private const int MaxItems = 1000;
    private readonly SignedQueryClient _query = new(http, credentials, clock);

    public async Task<string> GenerateCredentialReportAsync(CancellationToken ct) =>
        (await CallAsync("GenerateCredentialReport", [], ct)).Text("State") ?? string.Empty;

    /// <summary>The report's CSV bytes (decoded from base64).</summary>
    public async Task<byte[]> GetCredentialReportAsync(CancellationToken ct) =>
        Convert.FromBase64String((await CallAsync("GetCredentialReport", [], ct)).Text("Content") ?? string.Empty);

    public async Task<IReadOnlyDictionary<string, long>> GetAccountSummaryAsync(CancellationToken ct)
    {
        var result = await CallAsync("GetAccountSummary", [], ct);
        return result.Child("SummaryMap").Members("entry").ToDictionary(
            e => e.Text("key") ?? string.Empty,
            e => long.Parse(e.Text("value") ?? "0", CultureInfo.InvariantCulture),
            StringComparer.Ordinal);
    }

    /// <summary>The password policy, or null when the account has none (<c>NoSuchEntity</c>).</summary>
    public async Task<AwsPasswordPolicy?> GetAccountPasswordPolicyAsync(CancellationToken ct)
    {
        try
        {
            var policy = (await CallAsync("GetAccountPasswordPolicy", [], ct)).Child("PasswordPolicy");
            return new AwsPasswordPolicy
            {
                MinimumPasswordLength = policy.Int("MinimumPasswordLength") ?? 0,
                RequireSymbols = policy.Bool("RequireSymbols"),
                RequireNumbers = policy.Bool("RequireNumbers"),
                RequireUppercaseCharacters = policy.Bool("RequireUppercaseCharacters"),
                RequireLowercaseCharacters = policy.Bool("RequireLowercaseCharacters"),
                PasswordReusePrevention = policy.Int("PasswordReusePrevention"),
                MaxPasswordAge = policy.Int("MaxPasswordAge"),
            };
        }
        catch (IamServiceException e) when (e.Code == "NoSuchEntity")
        {
            return null;
        }
    }

    /// <summary>One page of users, groups, roles and managed policies with every policy document (default versions included).</summary>
    public async Task<AuthorizationDetailsPage> GetAccountAuthorizationDetailsAsync(string? marker, CancellationToken ct) =>
        AuthorizationDetailsPage.Read(await CallAsync("GetAccountAuthorizationDetails", Paging(marker), ct));

    /// <summary>The account's alias (an account has at most one), or null when it has none.</summary>
    public async Task<string?> GetAccountAliasAsync(CancellationToken ct) =>
        (await CallAsync("ListAccountAliases", [], ct)).Child("AccountAliases").Members("member")
            .Select(m => m.Value.Trim()).FirstOrDefault(a => a.Length > 0);

    public async Task<Page<IamUser>> ListUsersAsync(string? marker, CancellationToken ct) =>
        Paged(await CallAsync("ListUsers", Paging(marker), ct), "Users",
            m => new IamUser(m.Text("UserName") ?? string.Empty, m.Text("Arn"), m.Date("CreateDate"), m.Date("PasswordLastUsed")));

    public async Task<Page<string>> ListMfaDevicesAsync(string userName, string? marker, CancellationToken ct) =>
        Paged(await CallAsync("ListMFADevices", [new("UserName", userName), .. Paging(marker)], ct), "MFADevices", m => m.Text("SerialNumber") ?? string.Empty);

    public async Task<Page<ListedAccessKey>> ListAccessKeysAsync(string userName, string? marker, CancellationToken ct) =>
        Paged(await CallAsync("ListAccessKeys", [new("UserName", userName), .. Paging(marker)], ct), "AccessKeyMetadata",
            m => new ListedAccessKey(m.Text("AccessKeyId") ?? string.Empty, m.Text("Status"), m.Date("CreateDate")));

    /// <summary>Assigned virtual MFA devices, each as (serial number, ARN of the user it belongs to).</summary>
    public async Task<Page<(string Serial, string? UserArn)>> ListVirtualMfaDevicesAsync(string? marker, CancellationToken ct) =>
        Paged(await CallAsync("ListVirtualMFADevices", [new("AssignmentStatus", "Assigned"), .. Paging(marker)], ct), "VirtualMFADevices",
            m => (m.Text("SerialNumber") ?? string.Empty, m.Child("User")?.Text("Arn")));

    private static KeyValuePair<string, string>[] Paging(string? marker) => marker is null
        ? [new("MaxItems", MaxItems.ToString(CultureInfo.InvariantCulture))]
        : [new("MaxItems", MaxItems.ToString(CultureInfo.InvariantCulture)), new("Marker", marker)];

    private static Page<T> Paged<T>(XElement result, string list, Func<XElement, T> map)
    {
        var items = result.Child(list).Members("member").Select(map).ToList();
        var truncated = string.Equals(result.Text("IsTruncated"), "true", StringComparison.OrdinalIgnoreCase);
        return new Page<T>(items, truncated ? result.Text("Marker") : null);
    }

    /// <summary>POSTs one action and returns its <c>&lt;Action&gt;Result</c> element, or throws <see cref="IamServiceException"/>.</summary>
    private Task<XElement> CallAsync(string action, KeyValuePair<string, string>[] parameters, CancellationToken ct) =>
        _query.CallAsync(endpoint, SigningRegion, "iam", Version, action, parameters, ct);
}

/// <summary>A ListUsers member.</summary>
internal sealed record IamUser(string UserName, string? Arn, DateTimeOffset? CreateDate, DateTimeOffset? PasswordLastUsed);
