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
        new(new RegionalListing(Datasets.AwsLambda), async (region, ct) =>
        {
            var functions = await runner.AllPagesAsync($"lambda:ListFunctions ({region})",
                (marker, t) => rest.ListAsync(SignedRestClient.LambdaFunctions, region, marker, t), ct);
            return functions.Select(f => Ec2Collection.Resource(sourceId, accountId, "aws:lambda:function",
                f.Arn.Length > 0 ? f.Arn : $"arn:aws:lambda:{region}:{accountId}:function:{f.Id}", f.Name, region));
        });

    /// <summary>EFS file systems (<c>aws.efs</c>): DescribeFileSystems per region, paged by Marker/NextMarker.</summary>
    public static RegionalService Efs(SignedRestClient rest, AwsCallRunner runner, string sourceId, string accountId) =>
        new(new RegionalListing(Datasets.AwsEfs), async (region, ct) =>
        {
            var systems = await runner.AllPagesAsync($"elasticfilesystem:DescribeFileSystems ({region})",
                (marker, t) => rest.ListAsync(SignedRestClient.EfsFileSystems, region, marker, t), ct);
            return systems.Select(f => Ec2Collection.Resource(sourceId, accountId, "aws:efs:file-system",
                f.Arn.Length > 0 ? f.Arn : $"arn:aws:elasticfilesystem:{region}:{accountId}:file-system/{f.Id}", f.Name, region));
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
