using Amazon.Runtime;
using ComplianceEngine.Collectors.Aws.Internal;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws.Internal;

public sealed class IamQueryClientTests
{
    private static IamQueryClient Client(HttpClient http, AwsFakeCloud cloud, string secret = AwsFakeCloud.SecretKey) =>
        new(http, cloud.Endpoint, new BasicAWSCredentials(AwsFakeCloud.AccessKeyId, secret), TimeProvider.System);

    [Fact]
    public async Task Lists_users_a_page_at_a_time_with_the_next_marker()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.ManyUsers(users: 5, pageSize: 2));
        using var http = new HttpClient();

        var first = await Client(http, cloud).ListUsersAsync(null, CancellationToken.None);
        var last = await Client(http, cloud).ListUsersAsync("m4", CancellationToken.None);

        first.Items.Select(u => u.UserName).ShouldBe(["user0001", "user0002"]);
        first.Items[0].Arn.ShouldBe("arn:aws:iam::123456789012:user/user0001");
        first.NextToken.ShouldBe("m2");
        last.Items.Select(u => u.UserName).ShouldBe(["user0005"]);
        last.NextToken.ShouldBeNull();
        cloud.SignatureFailures.ShouldBe(0);
    }

    [Fact]
    public async Task The_fake_rejects_a_request_signed_with_the_wrong_secret()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        using var http = new HttpClient();

        var error = await Should.ThrowAsync<IamServiceException>(() => Client(http, cloud, "not-the-secret").GetAccountSummaryAsync(CancellationToken.None));

        error.Code.ShouldBe("SignatureDoesNotMatch");
        error.Status.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        error.Message.ShouldNotContain("not-the-secret");
        cloud.SignatureFailures.ShouldBe(1);
    }

    [Fact]
    public async Task No_such_entity_for_the_password_policy_means_no_policy()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(new FakeAwsAccount { PasswordPolicy = null });
        using var http = new HttpClient();

        (await Client(http, cloud).GetAccountPasswordPolicyAsync(CancellationToken.None)).ShouldBeNull();
    }
}
