using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

public sealed class AwsCollectorTests
{
    [Fact]
    public async Task Collects_account_users_buckets_and_instances_through_signed_calls()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Reason.ShouldBeNull();
        result.Status.Status.ShouldBe(CollectionState.Complete);
        cloud.SignatureFailures.ShouldBe(0);
        result.Status.Scope.ShouldBe("123456789012");
        result.Facts.AwsIamUsers.Select(u => u.UserName).ShouldBe(["alice", "bob", "carol"]);
    }
}
