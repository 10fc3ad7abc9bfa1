using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>Lambda functions per enabled region, paged (<c>aws.lambda</c>, issue #14 item 4).</summary>
public sealed class AwsLambdaTests
{
    private static FakeAwsAccount Account()
    {
        var fake = AwsTestData.Account(pageSize: 2);
        fake.Functions.AddRange([
            new FakeFunction("orders", "eu-central-1"),
            .. Enumerable.Range(1, 5).Select(i => new FakeFunction($"events-{i}", "us-east-1")),
            new FakeFunction("archive", "ap-east-1"), // not opted in: not read
        ]);
        return fake;
    }

    [Fact]
    public async Task Functions_of_every_enabled_region_are_listed_page_by_page_with_their_country()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        var functions = result.Facts.CloudResources.Where(r => r.Kind == "aws:lambda:function").ToList();
        functions.Count.ShouldBe(6);
        var orders = functions.Single(t => t.Name == "orders");
        orders.Id.ShouldBe("arn:aws:lambda:eu-central-1:123456789012:function:orders");
        orders.Country.ShouldBe("DE");
        result.Status.Datasets.Single(d => d.Name == Datasets.AwsLambda).ItemCount.ShouldBe(6);
        // us-east-1: 5 functions at 2 a page = 3 pages; eu-central-1 and me-central-1: one page each.
        cloud.Calls("lambda:ListFunctions").ShouldBe(5);
    }

    [Fact]
    public async Task A_region_refusing_list_functions_is_a_region_gap_on_aws_lambda_only()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("lambda:ListFunctions@us-east-1", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var lambda = result.Status.Datasets.Single(d => d.Name == Datasets.AwsLambda);
        lambda.Status.ShouldBe(CollectionState.Partial);
        lambda.Gaps.Select(g => g.Scope).ShouldBe([DataScope.Region("us-east-1")]);
        lambda.Gaps.Single().Reason!.ShouldContain("403 AccessDeniedException");
        result.Status.Datasets.Where(d => d.Name != Datasets.AwsLambda).ShouldAllBe(d => d.Status == CollectionState.Complete);
        result.Facts.CloudResources.Where(r => r.Kind == "aws:lambda:function").Select(r => r.Name).ShouldBe(["orders"]);
    }
}
