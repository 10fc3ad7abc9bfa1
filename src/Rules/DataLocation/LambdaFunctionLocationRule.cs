using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>LOC-AWS-06: a Lambda function runs in a region outside the allowed countries (one id per service family, see LOC-AWS-04).</summary>
public sealed class LambdaFunctionLocationRule : ResourceLocationRule
{
    public const string Kind = "aws:lambda:function";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AWS-06",
        Title = "Lambda function outside the allowed countries",
        MessageFormat = "Lambda function {resource} runs in {region} ({country}), outside the allowed countries {allowedCountries}.",
        PassMessageFormat = "Lambda function {resource} runs in {region} ({country}).",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Error,
        Description = "A function processes the data of its invocations in its region and keeps its code, environment and logs there; it must be in an allowed country.",
        RemediationSummary = "Deploy the function in an allowed region, move its triggers there, then delete it here.",
        Controls = LocationControls,
        Benchmarks = [new("Prowler", "organizations_scp_check_deny_regions")],
        RequiredData = [Datasets.AwsLambda],
        Parameters = LocationParameters,
        Since = "0.3.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool Covers(CloudResource resource) => resource.Kind == Kind;

    protected override string? CommandFor(CloudResource r)
    {
        return $"aws lambda get-function --function-name {Shell.Sh(r.Id)}";
    }

    protected override string RemediationFor(CloudResource r) =>
        "Deploy the function to ap-northeast-1 from its source (aws lambda get-function --function-name " +
        $"{Shell.Sh(r.Id)} gives the code location and configuration), move its triggers and callers there, then " +
        $"aws lambda delete-function --function-name {Shell.Sh(r.Name ?? r.Id)} --region {Shell.Sh(r.Region ?? string.Empty)}; " +
        "its CloudWatch log group stays in the old region until deleted.";
}
