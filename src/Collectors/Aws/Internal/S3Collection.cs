using Amazon.S3;
using Amazon.S3.Model;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Snapshot;
using System.Collections.Concurrent;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// Buckets and their regions. ListBuckets is paged (max-buckets), which also makes S3 return each bucket's
/// region; GetBucketLocation is asked only for buckets that came without one.
/// </summary>
internal sealed class S3Collection(IAmazonS3 s3, AwsCallRunner runner)
{
    public async Task<(IReadOnlyList<CloudResource>, DatasetStatus)> CollectAsync(string sourceId, string accountId, CancellationToken ct)
    {
        const string name = Datasets.AwsS3;
        List<S3Bucket> buckets;
        try
        {
            buckets = await runner.AllPagesAsync("s3:ListBuckets", async (token, c) =>
            {
                var response = await s3.ListBucketsAsync(new ListBucketsRequest { MaxBuckets = 1000, ContinuationToken = token }, c);
                return new Page<S3Bucket>(response.Buckets ?? [], response.ContinuationToken);
            }, ct);
        }
        catch (AwsCallException e)
        {
            return ([], DatasetResult.Failed(name, e.Message));
        }

        var regions = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var bucket in buckets.Where(b => !string.IsNullOrEmpty(b.BucketRegion)))
            regions[bucket.BucketName] = bucket.BucketRegion.ToLowerInvariant();
        var unknown = buckets.Select(b => b.BucketName).Where(b => !regions.ContainsKey(b)).Distinct(StringComparer.Ordinal).ToList();
        // Each bucket on its own: a bucket policy that refuses GetBucketLocation for one bucket says nothing about the others.
        var failures = new ConcurrentDictionary<string, AwsCallException>(StringComparer.Ordinal);
        await FanOut.RunAsync(unknown, runner.MaxConcurrency, async (bucket, c) =>
        {
            try
            {
                var response = await runner.RunAsync("s3:GetBucketLocation",
                    t => s3.GetBucketLocationAsync(new GetBucketLocationRequest { BucketName = bucket }, t), c);
                regions[bucket] = RegionOf(response.Location?.Value);
            }
            catch (AwsCallException e)
            {
                failures[bucket] = e;
            }
        }, ct);

        // A bucket whose region could not be read is still listed, location-less, with a gap on it.
        var resources = buckets.DistinctBy(b => b.BucketName, StringComparer.Ordinal).Select(b => new CloudResource
        {
            SourceId = sourceId,
            Provider = "aws",
            Scope = accountId,
            Kind = "aws:s3:bucket",
            Id = $"arn:aws:s3:::{b.BucketName}",
            Name = b.BucketName,
            Region = regions.GetValueOrDefault(b.BucketName),
            Country = regions.TryGetValue(b.BucketName, out var region) ? RegionCatalog.Default.CountryOf("aws", region) : null,
        }).ToList();
        var gaps = resources.Where(r => failures.ContainsKey(r.Name!)).Select(r => new ScopeGap
        {
            Scope = DataScope.Item(r.Resource.Key), Status = CollectionState.Partial, Reason = $"region unknown: {failures[r.Name!].Message}",
        }).ToList();
        if (gaps.Count == 0)
            return (resources, DatasetResult.Complete(name, resources.Count));
        var first = failures[unknown.First(failures.ContainsKey)];
        return (resources, DatasetResult.Partial(name, resources.Count,
            $"{gaps.Count} of {resources.Count} bucket locations not read (first: {first.Message}); see gaps") with { Gaps = gaps });
    }

    /// <summary>GetBucketLocation's LocationConstraint: empty (or legacy <c>US</c>) is us-east-1, legacy <c>EU</c> is eu-west-1.</summary>
    public static string RegionOf(string? locationConstraint) => locationConstraint switch
    {
        null or "" or "US" => "us-east-1",
        "EU" => "eu-west-1",
        _ => locationConstraint.ToLowerInvariant(),
    };
}
