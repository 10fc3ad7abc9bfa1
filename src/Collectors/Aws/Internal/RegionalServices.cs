using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>A data-holding service listed in every enabled region, next to EC2 in the same region fan-out; one dataset each.</summary>
internal sealed record RegionalService(RegionalListing Listing, Func<string, CancellationToken, Task<IEnumerable<CloudResource>>> List);

/// <summary>The regional services beyond EC2 (issue #14 item 4).</summary>
internal static class RegionalServices
{
    /// <summary>Lambda functions (<c>aws.lambda</c>): ListFunctions per region, paged by Marker/NextMarker.</summary>
    public static RegionalService Lambda(SignedRestClient rest, AwsCallRunner runner, string sourceId, string accountId) =>
        Rest(rest, runner, sourceId, accountId, Datasets.AwsLambda, SignedRestClient.LambdaFunctions, "lambda:ListFunctions",
            "aws:lambda:function", (region, id) => $"arn:aws:lambda:{region}:{accountId}:function:{id}");

    /// <summary>EFS file systems (<c>aws.efs</c>): DescribeFileSystems per region, paged by Marker/NextMarker.</summary>
    public static RegionalService Efs(SignedRestClient rest, AwsCallRunner runner, string sourceId, string accountId) =>
        Rest(rest, runner, sourceId, accountId, Datasets.AwsEfs, SignedRestClient.EfsFileSystems, "elasticfilesystem:DescribeFileSystems",
            "aws:efs:file-system", (region, id) => $"arn:aws:elasticfilesystem:{region}:{accountId}:file-system/{id}");

    /// <summary>A service listed by one signed REST call per region; an item without an ARN gets the one the service forms.</summary>
    private static RegionalService Rest(SignedRestClient rest, AwsCallRunner runner, string sourceId, string accountId, string dataset,
        RestListing listing, string action, string kind, Func<string, string, string> arnOf) =>
        new(new RegionalListing(dataset), async (region, ct) =>
        {
            var items = await runner.AllPagesAsync($"{action} ({region})", (marker, t) => rest.ListAsync(listing, region, marker, t), ct);
            return items.Select(f => Ec2Collection.Resource(sourceId, accountId, kind, f.Arn.Length > 0 ? f.Arn : arnOf(region, f.Id), f.Name, region));
        });

    /// <summary>RDS DB instances and DB snapshots (<c>aws.rds</c>): DescribeDBInstances and DescribeDBSnapshots per region, paged by
    /// Marker; either call failing makes the region a gap of the dataset.</summary>
    public static RegionalService Rds(RdsQueryClient rds, AwsCallRunner runner, string sourceId, string accountId) =>
        new(new RegionalListing(Datasets.AwsRds), async (region, ct) =>
        {
            var instances = runner.AllPagesAsync($"rds:DescribeDBInstances ({region})", (marker, t) => rds.DescribeDbInstancesAsync(region, marker, t), ct);
            var snapshots = runner.AllPagesAsync($"rds:DescribeDBSnapshots ({region})", (marker, t) => rds.DescribeDbSnapshotsAsync(region, marker, t), ct);
            await Task.WhenAll(instances, snapshots);
            return (await instances).Select(i => Ec2Collection.Resource(sourceId, accountId, "aws:rds:db",
                    i.Arn.Length > 0 ? i.Arn : $"arn:aws:rds:{region}:{accountId}:db:{i.Id}", i.Id, region))
                .Concat((await snapshots).Select(s => Ec2Collection.Resource(sourceId, accountId, "aws:rds:snapshot",
                    s.Arn.Length > 0 ? s.Arn : $"arn:aws:rds:{region}:{accountId}:snapshot:{s.Id}", s.Id, region)));
        });

    /// <summary>DynamoDB tables (<c>aws.dynamodb</c>): ListTables per region, paged by LastEvaluatedTableName; the table ARN is
    /// built from the region, account and name, as DynamoDB forms it.</summary>
    public static RegionalService DynamoDb(AWSCredentials credentials, AwsEndpoints endpoints, AwsCallRunner runner, string sourceId, string accountId) =>
        new(new RegionalListing(Datasets.AwsDynamoDb), async (region, ct) =>
        {
            using var client = AwsClients.DynamoDb(credentials, endpoints, region);
            var names = await runner.AllPagesAsync($"dynamodb:ListTables ({region})", async (start, t) =>
            {
                var page = await client.ListTablesAsync(new ListTablesRequest { ExclusiveStartTableName = start, Limit = 100 }, t);
                return new Page<string>(page.TableNames ?? [], page.LastEvaluatedTableName);
            }, ct);
            return names.Select(n => Ec2Collection.Resource(sourceId, accountId, "aws:dynamodb:table", $"arn:aws:dynamodb:{region}:{accountId}:table/{n}", n, region));
        });
}
