using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

public sealed class AwsCollectorPagingTests
{
    [Fact]
    public async Task Follows_iam_markers_to_the_last_page()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.ManyUsers(users: 250, pageSize: 40));

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        result.Facts.AwsIamUsers.Count.ShouldBe(250);
        result.Facts.AwsIamUsers.ShouldAllBe(u => u.AttachedPolicyArns != null && u.GroupPolicyArns != null && u.HardwareMfa == false);
        cloud.Calls("iam:GetAccountAuthorizationDetails").ShouldBe(7);
        cloud.Calls("iam:ListUsers").ShouldBe(0);
        cloud.Calls("iam:ListAttachedUserPolicies").ShouldBe(0);
        cloud.Calls("iam:ListGroupsForUser").ShouldBe(0);
        // Only the users the report shows with MFA (every third) and no virtual device are asked for their devices.
        cloud.Calls("iam:ListMFADevices").ShouldBe(83);
    }

    [Fact]
    public async Task Follows_ec2_next_tokens_to_the_last_page()
    {
        var fake = AwsTestData.ManyUsers(users: 1, pageSize: 2);
        fake.Instances.AddRange(Enumerable.Range(1, 5).Select(i => new FakeInstance($"i-{i:D17}", "eu-west-1")));
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Facts.CloudResources.Count(r => r.Kind == "aws:ec2:instance").ShouldBe(5);
        cloud.Calls("ec2:DescribeInstances").ShouldBe(3);
    }

    [Fact]
    public async Task Keeps_concurrent_calls_within_the_bound()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.ManyUsers(users: 60, pageSize: 100));
        cloud.Latency = TimeSpan.FromMilliseconds(5);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud, maxConcurrency: 4)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        cloud.MaxInFlight.ShouldBeLessThanOrEqualTo(4);
        cloud.MaxInFlight.ShouldBeGreaterThan(1);
    }
}
