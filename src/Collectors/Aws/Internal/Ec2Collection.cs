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

        // Each region on its own: a region refused (an SCP, a region being enabled) or failing leaves the others intact.
        var found = new ConcurrentBag<CloudResource>();
        var failures = new ConcurrentDictionary<string, AwsCallException>(StringComparer.Ordinal);
        await FanOut.RunAsync(regions, runner.MaxConcurrency, async (region, c) =>
        {
            try
            {
                using var ec2 = AwsClients.Ec2(credentials, endpoints, region);
                var instances = await runner.AllPagesAsync($"ec2:DescribeInstances ({region})", async (token, t) =>
                {
                    var page = await ec2.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 1000, NextToken = token }, t);
                    return new Page<Instance>((page.Reservations ?? []).SelectMany(r => r.Instances ?? []).ToList(), page.NextToken);
                }, c);
                foreach (var instance in instances.Where(i => i.State?.Name?.Value != "terminated"))
                    found.Add(ToResource(instance, region, sourceId, accountId));
            }
            catch (AwsCallException e)
            {
                failures[region] = e;
            }
        }, ct);

        var resources = found.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return (resources, Status(regions, failures, resources.Count), optedIn);
    }

    /// <summary>Complete, or a gap per region whose instances could not be listed: partial, failed when every region failed.</summary>
    private static DatasetStatus Status(List<string> regions, ConcurrentDictionary<string, AwsCallException> failures, int count)
    {
        if (failures.IsEmpty)
            return DatasetResult.Complete(Datasets.AwsEc2, count);
        var failed = regions.Where(failures.ContainsKey).ToList();
        var gaps = failed.Select(r => new ScopeGap { Scope = DataScope.Region(r), Status = CollectionState.Failed, Reason = failures[r].Message }).ToList();
        var reason = $"{failed.Count} of {regions.Count} regions failed; first: {failures[failed[0]].Message}";
        var status = failed.Count == regions.Count ? DatasetResult.Failed(Datasets.AwsEc2, reason) : DatasetResult.Partial(Datasets.AwsEc2, count, reason);
        return status with { Gaps = gaps };
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
