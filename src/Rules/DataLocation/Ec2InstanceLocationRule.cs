using ComplianceEngine.Rules.Internal;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>LOC-AWS-02: an EC2 instance runs in a region outside the allowed countries.</summary>
public sealed class Ec2InstanceLocationRule : ResourceLocationRule
{
    public const string Kind = "aws:ec2:instance";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AWS-02",
        Title = "EC2 instance outside the allowed countries",
        MessageFormat = "EC2 instance {resource} runs in {region} ({country}), outside the allowed countries {allowedCountries}.",
        PassMessageFormat = "EC2 instance {resource} runs in {region} ({country}).",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Error,
        Description = "An instance and its EBS volumes process and store data in its region; it must be in an allowed country.",
        RemediationSummary = "Create an AMI, copy it to an allowed region, launch there and terminate the original.",
        Controls = LocationControls,
        Benchmarks = [new("Prowler", "organizations_scp_check_deny_regions")],
        RequiredData = [Datasets.AwsEc2],
        Parameters = LocationParameters,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool Covers(CloudResource resource) => resource.Kind == Kind;

    protected override string? CommandFor(CloudResource r)
    {
        return $"aws ec2 create-image --instance-id {Shell.Sh(r.Id)} --name {Shell.Sh(r.Id + "-move")} --region {Shell.Sh(r.Region)}";
    }

    protected override string RemediationFor(CloudResource r) =>
        $"aws ec2 create-image --instance-id {Shell.Sh(r.Id)} --name {Shell.Sh(r.Id + "-move")} --region {Shell.Sh(r.Region)}; " +
        $"aws ec2 copy-image --source-image-id <ami-id> --source-region {Shell.Sh(r.Region)} --region ap-northeast-1 --name {Shell.Sh(r.Id + "-move")}; " +
        $"launch from the copy in ap-northeast-1, then aws ec2 terminate-instances --instance-ids {Shell.Sh(r.Id)} --region {Shell.Sh(r.Region)}";
}
