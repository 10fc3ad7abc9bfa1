using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>EBS snapshots the account owns, per enabled region and paged (<c>aws.ebs</c>, issue #14 item 4).</summary>
public sealed class AwsEbsSnapshotTests
{
    private static FakeAwsAccount Account()
    {
        var fake = AwsTestData.Account(pageSize: 2);
        fake.Snapshots.AddRange([
            new FakeSnapshot("snap-0000000000000001", "eu-central-1", NameTag: "db-nightly"),
            .. Enumerable.Range(2, 5).Select(i => new FakeSnapshot($"snap-{i:D16}", "us-east-1")),
            new FakeSnapshot("snap-0000000000000009", "ap-east-1"), // a region not opted in: not read
        ]);
        return fake;
    }

    [Fact]
    public async Task Owned_snapshots_of_every_enabled_region_are_listed_page_by_page_with_their_country()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        var snapshots = result.Facts.CloudResources.Where(r => r.Kind == "aws:ec2:snapshot").ToList();
        snapshots.Count.ShouldBe(6);
        var named = snapshots.Single(s => s.Name == "db-nightly");
        named.Id.ShouldBe("arn:aws:ec2:eu-central-1::snapshot/snap-0000000000000001");
        named.Country.ShouldBe("DE");
        snapshots.Where(s => s.Region == "us-east-1").ShouldAllBe(s => s.Country == "US");
        result.Status.Datasets.Single(d => d.Name == Datasets.AwsEbs).ItemCount.ShouldBe(6);
        // us-east-1: 5 snapshots at 2 a page = 3 pages; eu-central-1 and me-central-1: one page each.
        cloud.Calls("ec2:DescribeSnapshots").ShouldBe(5);
    }

    [Fact]
    public async Task A_region_refusing_snapshots_is_a_region_gap_on_aws_ebs_only()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("ec2:DescribeSnapshots@us-east-1", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var ebs = result.Status.Datasets.Single(d => d.Name == Datasets.AwsEbs);
        ebs.Status.ShouldBe(CollectionState.Partial);
        ebs.Gaps.Select(g => g.Scope).ShouldBe([DataScope.Region("us-east-1")]);
        result.Status.Datasets.Single(d => d.Name == Datasets.AwsEc2).Status.ShouldBe(CollectionState.Complete);
        result.Facts.CloudResources.Where(r => r.Kind == "aws:ec2:snapshot").Select(r => r.Region).ShouldBe(["eu-central-1"]);
        result.Facts.CloudResources.Count(r => r.Kind == "aws:ec2:instance" && r.Region == "us-east-1").ShouldBe(1);
    }

    [Fact]
    public async Task Without_the_region_list_aws_ebs_is_failed_as_a_whole()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("ec2:DescribeRegions", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var ebs = result.Status.Datasets.Single(d => d.Name == Datasets.AwsEbs);
        ebs.Status.ShouldBe(CollectionState.Failed);
        ebs.Gaps.ShouldBeEmpty();
        ebs.Reason!.ShouldStartWith("regions unknown: ec2:DescribeRegions: 403");
    }
}
