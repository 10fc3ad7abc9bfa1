using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>
/// LOC-AWS-04: an EBS snapshot the account owns is stored in a region outside the allowed countries. One id per AWS
/// service family (LOC-AWS-01 S3, 02 EC2, 04 EBS snapshots): each reads its own dataset, so a region refusing one
/// service leaves the other rules decided, and a waiver names the service.
/// </summary>
public sealed class EbsSnapshotLocationRule : ResourceLocationRule
{
    public const string Kind = "aws:ec2:snapshot";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AWS-04",
        Title = "EBS snapshot outside the allowed countries",
        MessageFormat = "EBS snapshot {resource} is stored in {region} ({country}), outside the allowed countries {allowedCountries}.",
        PassMessageFormat = "EBS snapshot {resource} is stored in {region} ({country}).",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Error,
        Description = "A snapshot is a full copy of a volume's data, kept in its region (also after the instance and volume are gone, " +
                      "and when it was copied from another region); it must be in an allowed country.",
        RemediationSummary = "Copy the snapshot to an allowed region if it is still needed, then delete it where it is.",
        Controls = LocationControls,
        Benchmarks = [new("Prowler", "organizations_scp_check_deny_regions")],
        RequiredData = [Datasets.AwsEbs],
        Parameters = LocationParameters,
        Since = "0.3.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool Covers(CloudResource resource) => resource.Kind == Kind;

    protected override string? CommandFor(CloudResource r)
    {
        var id = Shell.Sh(r.Id[(r.Id.LastIndexOf('/') + 1)..]);
        return $"aws ec2 copy-snapshot --source-snapshot-id {id} --source-region {Shell.Sh(r.Region ?? string.Empty)} --region ap-northeast-1";
    }

    protected override string RemediationFor(CloudResource r)
    {
        var id = Shell.Sh(r.Id[(r.Id.LastIndexOf('/') + 1)..]);
        var region = Shell.Sh(r.Region ?? string.Empty);
        return $"If the snapshot is still needed: aws ec2 copy-snapshot --source-snapshot-id {id} --source-region {region} --region ap-northeast-1; " +
               $"then aws ec2 delete-snapshot --snapshot-id {id} --region {region} " +
               "(an AMI using it must be deregistered first).";
    }
}
