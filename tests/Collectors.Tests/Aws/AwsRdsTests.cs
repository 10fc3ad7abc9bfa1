using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>RDS DB instances and DB snapshots per enabled region, paged by Marker (<c>aws.rds</c>, issue #14 item 4).</summary>
public sealed class AwsRdsTests
{
    private static FakeAwsAccount Account()
    {
        var fake = AwsTestData.Account(pageSize: 2);
        fake.Databases.AddRange([
            new FakeRdsItem("orders-db", "eu-central-1"),
            .. Enumerable.Range(1, 3).Select(i => new FakeRdsItem($"app-db-{i}", "us-east-1")),
            new FakeRdsItem("hk-db", "ap-east-1"), // not opted in: not read
        ]);
        fake.DbSnapshots.AddRange([
            .. Enumerable.Range(1, 5).Select(i => new FakeRdsItem($"rds:app-db-1-2026-12-0{i}", "us-east-1")),
            new FakeRdsItem("orders-db-final", "eu-central-1"),
        ]);
        return fake;
    }

    [Fact]
    public async Task Instances_and_snapshots_of_every_enabled_region_are_listed_page_by_page_with_their_country()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        var databases = result.Facts.CloudResources.Where(r => r.Kind == "aws:rds:db").ToList();
        var snapshots = result.Facts.CloudResources.Where(r => r.Kind == "aws:rds:snapshot").ToList();
        databases.Select(d => d.Name).Order().ShouldBe(["app-db-1", "app-db-2", "app-db-3", "orders-db"]);
        snapshots.Count.ShouldBe(6);
        var orders = databases.Single(d => d.Name == "orders-db");
        orders.Id.ShouldBe("arn:aws:rds:eu-central-1:123456789012:db:orders-db");
        orders.Country.ShouldBe("DE");
        snapshots.Single(s => s.Name == "rds:app-db-1-2026-12-05").Id.ShouldBe("arn:aws:rds:us-east-1:123456789012:snapshot:rds:app-db-1-2026-12-05");
        result.Status.Datasets.Single(d => d.Name == Datasets.AwsRds).ItemCount.ShouldBe(10);
        // Instances: us-east-1 3 at 2 a page = 2 pages, eu-central-1 and me-central-1 one each; snapshots: 3 + 1 + 1.
        cloud.Calls("rds:DescribeDBInstances").ShouldBe(4);
        cloud.Calls("rds:DescribeDBSnapshots").ShouldBe(5);
    }

    [Fact]
    public async Task A_region_refusing_rds_is_a_region_gap_on_aws_rds_only()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("rds:DescribeDBSnapshots@us-east-1", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var rds = result.Status.Datasets.Single(d => d.Name == Datasets.AwsRds);
        rds.Status.ShouldBe(CollectionState.Partial);
        rds.Gaps.Select(g => g.Scope).ShouldBe([DataScope.Region("us-east-1")]);
        rds.Gaps.Single().Reason!.ShouldContain("403 AccessDenied");
        result.Status.Datasets.Where(d => d.Name != Datasets.AwsRds).ShouldAllBe(d => d.Status == CollectionState.Complete);
        result.Facts.CloudResources.Where(r => r.Kind.StartsWith("aws:rds:", StringComparison.Ordinal)).Select(r => r.Name).Order()
            .ShouldBe(["orders-db", "orders-db-final"]);
    }
}
