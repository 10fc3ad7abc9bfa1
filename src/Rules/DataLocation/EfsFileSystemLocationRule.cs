using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>LOC-AWS-07: an EFS file system is stored in a region outside the allowed countries (one id per service family, see LOC-AWS-04).</summary>
public sealed class EfsFileSystemLocationRule : ResourceLocationRule
{
    public const string Kind = "aws:efs:file-system";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AWS-07",
        Title = "EFS file system outside the allowed countries",
        MessageFormat = "EFS file system {resource} is stored in {region} ({country}), outside the allowed countries {allowedCountries}.",
        PassMessageFormat = "EFS file system {resource} is stored in {region} ({country}).",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Error,
        Description = "A file system stores its files in its region (replicas are file systems of their own); it must be in an allowed country.",
        RemediationSummary = "Replicate the file system to an allowed region, move its clients there, then delete it here.",
        Controls = LocationControls,
        Benchmarks = [new("Prowler", "organizations_scp_check_deny_regions")],
        RequiredData = [Datasets.AwsEfs],
        Parameters = LocationParameters,
        Since = "0.3.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool Covers(CloudResource resource) => resource.Kind == Kind;

    protected override string? CommandFor(CloudResource r)
    {
        var id = Shell.Sh(r.Id[(r.Id.LastIndexOf('/') + 1)..]);
        return $"aws efs create-replication-configuration --source-file-system-id {id} --destinations Region=ap-northeast-1 --region {Shell.Sh(r.Region ?? string.Empty)}";
    }

    protected override string RemediationFor(CloudResource r)
    {
        var id = Shell.Sh(r.Id[(r.Id.LastIndexOf('/') + 1)..]);
        var region = Shell.Sh(r.Region ?? string.Empty);
        return $"aws efs create-replication-configuration --source-file-system-id {id} --destinations Region=ap-northeast-1 --region {region}; " +
               "once the replica is in sync, move the clients (mount targets in the new region), delete the replication configuration, then " +
               $"aws efs delete-file-system --file-system-id {id} --region {region} (its mount targets first).";
    }
}
