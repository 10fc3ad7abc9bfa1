using ComplianceEngine.Rules.Internal;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>LOC-AWS-01: an S3 bucket is in a region outside the allowed countries.</summary>
public sealed class S3BucketLocationRule : ResourceLocationRule
{
    public const string Kind = "aws:s3:bucket";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AWS-01",
        Title = "S3 bucket outside the allowed countries",
        MessageFormat = "S3 bucket {resource} is in {region} ({country}), outside the allowed countries {allowedCountries}.",
        PassMessageFormat = "S3 bucket {resource} is in {region} ({country}).",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Error,
        Description = "Objects stay in the bucket's region; a bucket in a region outside the allowed countries stores data where customers were not told it would be.",
        RemediationSummary = "Create a bucket in an allowed region, copy the objects, delete the old bucket; deny other regions with an SCP on aws:RequestedRegion.",
        Controls = LocationControls,
        Benchmarks = [new("Prowler", "organizations_scp_check_deny_regions")],
        RequiredData = [Datasets.AwsS3],
        Parameters = LocationParameters,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool Covers(CloudResource resource) => resource.Kind == Kind;

    protected override string? CommandFor(CloudResource r)
    {
        return $"aws s3 mb {Shell.Sh($"s3://{r.Name ?? r.Id}-ap")} --region ap-northeast-1 && aws s3 sync {Shell.Sh($"s3://{r.Name ?? r.Id}")} {Shell.Sh($"s3://{r.Name ?? r.Id}-ap")}";
    }

    protected override string RemediationFor(CloudResource r) =>
        $"aws s3 mb {Shell.Sh($"s3://{r.Name ?? r.Id}-ap")} --region ap-northeast-1 && aws s3 sync {Shell.Sh($"s3://{r.Name ?? r.Id}")} {Shell.Sh($"s3://{r.Name ?? r.Id}-ap")} " +
        $"&& aws s3 rb {Shell.Sh($"s3://{r.Name ?? r.Id}")} --force (after the owner confirms), then add an SCP denying requests outside the allowed regions.";
}
