using System.Collections.Concurrent;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// The account's enabled regions (DescribeRegions) and, per region, its instances other than terminated ones; also
/// the regions the account opted in to (null when DescribeRegions failed).
/// </summary>
internal sealed class Ec2Collection(AWSCredentials credentials, AwsEndpoints endpoints, AwsCallRunner runner, IReadOnlyList<string>? onlyRegions)
{
    public async Task<(IReadOnlyList<CloudResource>, DatasetStatus, IReadOnlyList<string>?)> CollectAsync(string sourceId, string accountId, CancellationToken ct)
    {
        const string name = Datasets.AwsEc2;
        List<string> regions;
        List<string> optedIn;
        try
        {
            using var home = AwsClients.Ec2(credentials, endpoints, endpoints.HomeRegion);
            var response = await runner.RunAsync("ec2:DescribeRegions", c => home.DescribeRegionsAsync(new DescribeRegionsRequest(), c), ct);
            optedIn = (response.Regions ?? []).Where(r => r.OptInStatus == "opted-in").Select(r => r.RegionName).Order(StringComparer.Ordinal).ToList();
            regions = (response.Regions ?? []).Where(r => r.OptInStatus != "not-opted-in").Select(r => r.RegionName)
                .Where(r => onlyRegions is null || onlyRegions.Contains(r, StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList();
        }
        catch (AwsCallException e)
        {
            return ([], DatasetResult.Failed(name, e.Message), null);
        }

        var found = new ConcurrentBag<CloudResource>();
        var result = await FanOut.RunAsync(regions, runner.MaxConcurrency, async (region, c) =>
        {
            using var ec2 = AwsClients.Ec2(credentials, endpoints, region);
            var instances = await runner.AllPagesAsync($"ec2:DescribeInstances ({region})", async (token, t) =>
            {
                var page = await ec2.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 1000, NextToken = token }, t);
                return new Page<Instance>((page.Reservations ?? []).SelectMany(r => r.Instances ?? []).ToList(), page.NextToken);
            }, c);
            foreach (var instance in instances.Where(i => i.State?.Name?.Value != "terminated"))
                found.Add(ToResource(instance, region, sourceId, accountId));
        }, ct);

        var resources = found.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return (resources, DatasetResult.From(name, resources.Count, result.Reason("regions"), usable: result.Succeeded > 0), optedIn);
    }

    private static CloudResource ToResource(Instance instance, string region, string sourceId, string accountId) => new()
    {
        SourceId = sourceId,
        Provider = "aws",
        Scope = accountId,
        Kind = "aws:ec2:instance",
        Id = $"arn:aws:ec2:{region}:{accountId}:instance/{instance.InstanceId}",
        Name = instance.Tags?.FirstOrDefault(t => t.Key == "Name")?.Value ?? instance.InstanceId,
        Region = region,
        Country = RegionCatalog.Default.CountryOf("aws", region),
    };
}
