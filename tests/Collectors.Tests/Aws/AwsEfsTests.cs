using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>EFS file systems per enabled region, paged (<c>aws.efs</c>, issue #14 item 4).</summary>
public sealed class AwsEfsTests
{
    private static FakeAwsAccount Account()
    {
        var fake = AwsTestData.Account(pageSize: 2);
        fake.FileSystems.AddRange([
            new FakeFileSystem("fs-0000000000000001", "eu-central-1", NameTag: "orders"),
            .. Enumerable.Range(1, 5).Select(i => new FakeFileSystem($"fs-{i + 1:D16}", "us-east-1")),
            new FakeFileSystem("fs-0000000000000099", "ap-east-1"), // not opted in: not read
        ]);
        return fake;
    }

    [Fact]
    public async Task File_systems_of_every_enabled_region_are_listed_page_by_page_with_their_country()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        var systems = result.Facts.CloudResources.Where(r => r.Kind == "aws:efs:file-system").ToList();
        systems.Count.ShouldBe(6);
        var orders = systems.Single(t => t.Name == "orders");
        orders.Id.ShouldBe("arn:aws:elasticfilesystem:eu-central-1:123456789012:file-system/fs-0000000000000001");
        orders.Country.ShouldBe("DE");
        result.Status.Datasets.Single(d => d.Name == Datasets.AwsEfs).ItemCount.ShouldBe(6);
        // us-east-1: 5 systems at 2 a page = 3 pages; eu-central-1 and me-central-1: one page each.
        cloud.Calls("elasticfilesystem:DescribeFileSystems").ShouldBe(5);
    }

    [Fact]
    public async Task A_region_refusing_describe_file_systems_is_a_region_gap_on_aws_efs_only()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("elasticfilesystem:DescribeFileSystems@us-east-1", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var efs = result.Status.Datasets.Single(d => d.Name == Datasets.AwsEfs);
        efs.Status.ShouldBe(CollectionState.Partial);
        efs.Gaps.Select(g => g.Scope).ShouldBe([DataScope.Region("us-east-1")]);
        efs.Gaps.Single().Reason!.ShouldContain("403 AccessDeniedException");
        result.Status.Datasets.Where(d => d.Name != Datasets.AwsEfs).ShouldAllBe(d => d.Status == CollectionState.Complete);
        result.Facts.CloudResources.Where(r => r.Kind == "aws:efs:file-system").Select(r => r.Name).ShouldBe(["orders"]);
    }
}
