using System.Collections.Concurrent;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// The account's enabled regions (DescribeRegions) and, per region, its instances other than terminated ones
/// (<c>aws.ec2</c>) and the EBS snapshots it owns (<c>aws.ebs</c>); also the regions the account opted in to (null
/// when DescribeRegions failed).
/// </summary>
internal sealed class Ec2Collection(AWSCredentials credentials, AwsEndpoints endpoints, AwsCallRunner runner, IReadOnlyList<string>? onlyRegions)
{
    public async Task<Ec2Findings> CollectAsync(string sourceId, string accountId, IReadOnlyList<RegionalService> services, CancellationToken ct)
    {
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
            return new Ec2Findings([], DatasetResult.Failed(Datasets.AwsEc2, e.Message), [],
                DatasetResult.Failed(Datasets.AwsEbs, $"regions unknown: {e.Message}"), null)
            {
                Services = [.. services.Select(s => (Resources: (IReadOnlyList<CloudResource>)Array.Empty<CloudResource>(), Status: s.Listing.Failed($"regions unknown: {e.Message}")))],
            };
        }

        // Each region and each listing on its own: a region refused (an SCP, a region being enabled) or failing leaves
        // the other regions, and the other listing of the same region, intact.
        var instances = new RegionalListing(Datasets.AwsEc2);
        var snapshots = new RegionalListing(Datasets.AwsEbs);
        await FanOut.RunAsync(regions, runner.MaxConcurrency, async (region, c) =>
        {
            using var ec2 = AwsClients.Ec2(credentials, endpoints, region);
            await instances.ReadAsync(region, async () =>
            {
                var found = await runner.AllPagesAsync($"ec2:DescribeInstances ({region})", async (token, t) =>
                {
                    var page = await ec2.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 1000, NextToken = token }, t);
                    return new Page<Instance>((page.Reservations ?? []).SelectMany(r => r.Instances ?? []).ToList(), page.NextToken);
                }, c);
                return found.Where(i => i.State?.Name?.Value != "terminated").Select(i => Instance(i, region, sourceId, accountId));
            });
            await snapshots.ReadAsync(region, async () =>
            {
                var found = await runner.AllPagesAsync($"ec2:DescribeSnapshots ({region})", async (token, t) =>
                {
                    var page = await ec2.DescribeSnapshotsAsync(new DescribeSnapshotsRequest { OwnerIds = ["self"], MaxResults = 1000, NextToken = token }, t);
                    return new Page<Snapshot>(page.Snapshots ?? [], page.NextToken);
                }, c);
                return found.Select(s => Snapshot(s, region, sourceId, accountId));
            });
            foreach (var service in services)
                await service.Listing.ReadAsync(region, () => service.List(region, c));
        }, ct);

        return new Ec2Findings(instances.Resources, instances.Status(regions), snapshots.Resources, snapshots.Status(regions), optedIn)
        {
            Services = [.. services.Select(s => (s.Listing.Resources, s.Listing.Status(regions)))],
        };
    }

    private static CloudResource Instance(Instance instance, string region, string sourceId, string accountId) => Resource(sourceId, accountId,
        "aws:ec2:instance", $"arn:aws:ec2:{region}:{accountId}:instance/{instance.InstanceId}",
        instance.Tags?.FirstOrDefault(t => t.Key == "Name")?.Value ?? instance.InstanceId, region);

    // A snapshot's ARN has no account field (arn:aws:ec2:<region>::snapshot/<id>).
    private static CloudResource Snapshot(Snapshot snapshot, string region, string sourceId, string accountId) => Resource(sourceId, accountId,
        "aws:ec2:snapshot", $"arn:aws:ec2:{region}::snapshot/{snapshot.SnapshotId}",
        snapshot.Tags?.FirstOrDefault(t => t.Key == "Name")?.Value ?? snapshot.SnapshotId, region);

    internal static CloudResource Resource(string sourceId, string accountId, string kind, string id, string name, string region) => new()
    {
        SourceId = sourceId,
        Provider = "aws",
        Scope = accountId,
        Kind = kind,
        Id = id,
        Name = name,
        Region = region,
        Country = RegionCatalog.Default.CountryOf("aws", region),
    };
}

/// <summary>What the EC2 listings found: instances (<c>aws.ec2</c>), owned EBS snapshots (<c>aws.ebs</c>), opted-in regions.</summary>
internal sealed record Ec2Findings(
    IReadOnlyList<CloudResource> Instances, DatasetStatus InstancesStatus,
    IReadOnlyList<CloudResource> Snapshots, DatasetStatus SnapshotsStatus,
    IReadOnlyList<string>? OptedInRegions)
{
    /// <summary>The other regional services' resources and statuses, in the order they were given.</summary>
    public IReadOnlyList<(IReadOnlyList<CloudResource> Resources, DatasetStatus Status)> Services { get; init; } = [];
}
