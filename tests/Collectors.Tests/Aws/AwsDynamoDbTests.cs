using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>DynamoDB tables per enabled region, paged (<c>aws.dynamodb</c>, issue #14 item 4).</summary>
public sealed class AwsDynamoDbTests
{
    private static FakeAwsAccount Account()
    {
        var fake = AwsTestData.Account(pageSize: 2);
        fake.Tables.AddRange([
            new FakeTable("orders", "eu-central-1"),
            .. Enumerable.Range(1, 5).Select(i => new FakeTable($"events-{i}", "us-east-1")),
            new FakeTable("archive", "ap-east-1"), // not opted in: not read
        ]);
        return fake;
    }

    [Fact]
    public async Task Tables_of_every_enabled_region_are_listed_page_by_page_with_their_country()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        var tables = result.Facts.CloudResources.Where(r => r.Kind == "aws:dynamodb:table").ToList();
        tables.Count.ShouldBe(6);
        var orders = tables.Single(t => t.Name == "orders");
        orders.Id.ShouldBe("arn:aws:dynamodb:eu-central-1:123456789012:table/orders");
        orders.Country.ShouldBe("DE");
        result.Status.Datasets.Single(d => d.Name == Datasets.AwsDynamoDb).ItemCount.ShouldBe(6);
        // us-east-1: 5 tables at 2 a page = 3 pages; eu-central-1 and me-central-1: one page each.
        cloud.Calls("dynamodb:ListTables").ShouldBe(5);
    }

    [Fact]
    public async Task A_region_refusing_list_tables_is_a_region_gap_on_aws_dynamodb_only()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("dynamodb:ListTables@us-east-1", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var dynamo = result.Status.Datasets.Single(d => d.Name == Datasets.AwsDynamoDb);
        dynamo.Status.ShouldBe(CollectionState.Partial);
        dynamo.Gaps.Select(g => g.Scope).ShouldBe([DataScope.Region("us-east-1")]);
        dynamo.Gaps.Single().Reason!.ShouldContain("AccessDeniedException");
        result.Status.Datasets.Where(d => d.Name != Datasets.AwsDynamoDb).ShouldAllBe(d => d.Status == CollectionState.Complete);
        result.Facts.CloudResources.Where(r => r.Kind == "aws:dynamodb:table").Select(r => r.Name).ShouldBe(["orders"]);
    }
}
