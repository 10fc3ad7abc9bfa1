using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>LOC-AWS-05: a DynamoDB table is stored in a region outside the allowed countries (one id per service family, see LOC-AWS-04).</summary>
public sealed class DynamoDbTableLocationRule : ResourceLocationRule
{
    public const string Kind = "aws:dynamodb:table";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AWS-05",
        Title = "DynamoDB table outside the allowed countries",
        MessageFormat = "DynamoDB table {resource} is stored in {region} ({country}), outside the allowed countries {allowedCountries}.",
        PassMessageFormat = "DynamoDB table {resource} is stored in {region} ({country}).",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Error,
        Description = "A table stores its items in its region (each replica of a global table is listed in its own region); it must be in an allowed country.",
        RemediationSummary = "Export the table to S3 and import it into a table in an allowed region (or add a replica there and remove this one), then delete it here.",
        Controls = LocationControls,
        Benchmarks = [new("Prowler", "organizations_scp_check_deny_regions")],
        RequiredData = [Datasets.AwsDynamoDb],
        Parameters = LocationParameters,
        Since = "0.3.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool Covers(CloudResource resource) => resource.Kind == Kind;

    protected override string RemediationFor(CloudResource r) =>
        $"aws dynamodb export-table-to-point-in-time --table-arn {Internal.Shell.Sh(r.Id)} --s3-bucket <bucket in ap-northeast-1>, " +
        "then aws dynamodb import-table into ap-northeast-1 (or, for a global table, aws dynamodb update-table --replica-updates to add an " +
        $"ap-northeast-1 replica and delete this one); once the applications use the new table, aws dynamodb delete-table --table-name " +
        $"{Internal.Shell.Sh(r.Name ?? r.Id)} --region {Internal.Shell.Sh(r.Region ?? string.Empty)}.";
}
