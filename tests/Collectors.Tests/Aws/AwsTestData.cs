using Amazon.Runtime;
using ComplianceEngine.Collectors.Aws;
using ComplianceEngine.Fakes.Aws;
using Serilog;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>Builds fake accounts and collectors pointed at them, with small retry delays.</summary>
internal static class AwsTestData
{
    public const string AdminPolicy = "arn:aws:iam::aws:policy/AdministratorAccess";
    public const string ReadOnlyPolicy = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    /// <summary>alice (console, virtual MFA, admin directly), bob (key only, admin via group), carol (hardware MFA, read-only group).</summary>
    public static FakeAwsAccount Account(int pageSize = 100) => new()
    {
        PageSize = pageSize,
        Users =
        [
            new FakeIamUser("alice") { PasswordEnabled = true, PasswordLastUsed = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), MfaActive = true,
                MfaSerials = ["arn:aws:iam::123456789012:mfa/alice-phone"], Policies = [AdminPolicy] },
            new FakeIamUser("bob") { AccessKeyActive = true, AccessKeyRotated = new DateTimeOffset(2023, 2, 1, 0, 0, 0, TimeSpan.Zero), Groups = ["admins"] },
            new FakeIamUser("carol") { PasswordEnabled = true, MfaActive = true, MfaSerials = ["GAHT12345678"], Groups = ["readers", "admins-none"] },
        ],
        GroupPolicies = new(StringComparer.Ordinal) { ["admins"] = [AdminPolicy], ["readers"] = [ReadOnlyPolicy], ["admins-none"] = [] },
        Buckets = [new FakeBucket("logs-us", "us-east-1"), new FakeBucket("data-eu", "eu-west-1") { LocationConstraint = "EU" }, new FakeBucket("data-fra", "eu-central-1")],
        Regions = [new FakeRegion("eu-central-1"), new FakeRegion("us-east-1"), new FakeRegion("ap-east-1", "not-opted-in"), new FakeRegion("me-central-1", "opted-in")],
        Instances =
        [
            new FakeInstance("i-0000000000000001", "eu-central-1", NameTag: "web-1"), new FakeInstance("i-0000000000000002", "us-east-1"),
            new FakeInstance("i-0000000000000003", "us-east-1", State: "terminated"), new FakeInstance("i-0000000000000004", "me-central-1", State: "stopped"),
        ],
    };

    public static FakeAwsAccount ManyUsers(int users, int pageSize) => new()
    {
        PageSize = pageSize,
        Users = [.. Enumerable.Range(1, users).Select(i => new FakeIamUser($"user{i:D4}") { PasswordEnabled = i % 2 == 0, MfaActive = i % 3 == 0 })],
        Regions = [new FakeRegion("eu-west-1")],
    };

    /// <summary>A trust policy letting an account (or <c>*</c>) assume the role, optionally only with an external id.</summary>
    public static string TrustAccount(string account, string? externalId = null)
    {
        var principal = account == "*" ? "*" : $"arn:aws:iam::{account}:root";
        var condition = externalId is null ? "" : ",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"" + externalId + "\"}}";
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + principal
            + "\"},\"Action\":\"sts:AssumeRole\"" + condition + "}]}";
    }

    public static AwsSourceOptions Options(AwsFakeCloud cloud, int maxConcurrency = 8) => new()
    {
        EndpointUrl = cloud.Endpoint,
        Credentials = new BasicAWSCredentials(AwsFakeCloud.AccessKeyId, AwsFakeCloud.SecretKey),
        Environment = _ => null,
        MaxConcurrency = maxConcurrency,
        Retry = new AwsRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20) },
        ReportPollInterval = TimeSpan.FromMilliseconds(5),
        ReportMaxPolls = 5,
    };

    /// <summary>A 22-column credential report row for a user without password or keys; <paramref name="mfa"/> as written.</summary>
    public static string ReportRow(string user, string mfa = "false") =>
        $"{user},arn:aws:iam::123456789012:user/{user},2023-01-10T08:00:00+00:00,false,N/A,N/A,N/A,{mfa},false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";

    /// <summary>The resource key of an IAM user fact of the default account, as an item scope.</summary>
    public static string UserScope(string user) => $"item:aws/123456789012/iam-user/arn:aws:iam::123456789012:user/{user}";

    public static AwsCollector Collector(AwsSourceOptions options, ILogger? log = null) =>
        new(options, log ?? new LoggerConfiguration().CreateLogger());
}
