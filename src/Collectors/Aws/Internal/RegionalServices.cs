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
