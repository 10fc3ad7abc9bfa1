using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>LOC-AWS-08: an RDS DB instance or DB snapshot is stored in a region outside the allowed countries (one id per service family, see LOC-AWS-04).</summary>
public sealed class RdsLocationRule : ResourceLocationRule
{
    public const string InstanceKind = "aws:rds:db";
    public const string SnapshotKind = "aws:rds:snapshot";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AWS-08",
        Title = "RDS database or snapshot outside the allowed countries",
        MessageFormat = "RDS {resource} is stored in {region} ({country}), outside the allowed countries {allowedCountries}.",
        PassMessageFormat = "RDS {resource} is stored in {region} ({country}).",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Error,
        Description = "A DB instance keeps its database in its region and a DB snapshot is a full copy of one there (copies in other regions are snapshots of their own); both must be in an allowed country.",
        RemediationSummary = "Copy the snapshot (or a snapshot of the instance) to an allowed region, restore there, then delete it here.",
        Controls = LocationControls,
        Benchmarks = [new("Prowler", "organizations_scp_check_deny_regions")],
        RequiredData = [Datasets.AwsRds],
        Parameters = LocationParameters,
        Since = "0.3.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool Covers(CloudResource resource) => resource.Kind is InstanceKind or SnapshotKind;

    protected override string? CommandFor(CloudResource r)
    {
        var name = r.Name ?? r.Id[(r.Id.LastIndexOf(':') + 1)..];
        var region = Shell.Sh(r.Region ?? string.Empty);
        return r.Kind == SnapshotKind
            ? $"aws rds copy-db-snapshot --source-db-snapshot-identifier {Shell.Sh(r.Id)} --target-db-snapshot-identifier {Shell.Sh(name)} --source-region {region} --region ap-northeast-1"
            : $"aws rds create-db-snapshot --db-instance-identifier {Shell.Sh(name)} --db-snapshot-identifier {Shell.Sh(name + "-move")} --region {region}";
    }

    protected override string RemediationFor(CloudResource r)
    {
        var name = r.Name ?? r.Id[(r.Id.LastIndexOf(':') + 1)..];
        var region = Shell.Sh(r.Region ?? string.Empty);
        if (r.Kind == SnapshotKind)
            return $"aws rds copy-db-snapshot --source-db-snapshot-identifier {Shell.Sh(r.Id)} --target-db-snapshot-identifier {Shell.Sh(name)} " +
                   $"--source-region {region} --region ap-northeast-1 (if it is still needed), then " +
                   $"aws rds delete-db-snapshot --db-snapshot-identifier {Shell.Sh(name)} --region {region} " +
                   "(an automated snapshot goes with its instance's retention instead).";
        var moved = name + "-move";
        return $"aws rds create-db-snapshot --db-instance-identifier {Shell.Sh(name)} --db-snapshot-identifier {Shell.Sh(moved)} --region {region}; " +
               $"aws rds copy-db-snapshot --source-db-snapshot-identifier {Shell.Sh($"arn:aws:rds:{r.Region}:{r.Scope}:snapshot:{moved}")} " +
               $"--target-db-snapshot-identifier {Shell.Sh(moved)} --source-region {region} --region ap-northeast-1; restore it there " +
               "(aws rds restore-db-instance-from-db-snapshot --region ap-northeast-1), move the clients, then " +
               $"aws rds delete-db-instance --db-instance-identifier {Shell.Sh(name)} --region {region} (its read replicas and snapshots there too).";
    }
}
