using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.DataLocation;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.DataLocation;

public sealed class ResourceLocationRuleTests
{
    [Fact]
    public void Azure_resource_in_allowed_country_passes_and_outside_fails()
    {
        var tokyo = Some.AzureResource("japaneast", "JP");
        var virginia = Some.AzureResource("eastus", "US");

        RuleVerifier.Verify(new AzureResourceLocationRule(), SomeSnapshot.With(tokyo, virginia), Pass(tokyo.Id), Fail(virginia.Id));
    }

    [Fact]
    public void Global_resource_is_not_applicable_and_recorded_for_manual_review()
    {
        var frontDoor = Some.AzureResource("global", null);

        RuleVerifier.Verify(new AzureResourceLocationRule(), SomeSnapshot.With(frontDoor), NotApplicable(frontDoor.Id, "manual review"));
    }

    [Fact]
    public void Region_missing_from_the_map_is_an_error_not_a_pass()
    {
        var unknown = Some.AzureResource("marsnorth", null);

        RuleVerifier.Verify(new AzureResourceLocationRule(), SomeSnapshot.With(unknown), Error(unknown.Id, "'marsnorth' is not in the region"));
    }

    [Fact]
    public void Allowed_countries_are_a_shared_parameter()
    {
        var dublin = Some.AwsResource(S3BucketLocationRule.Kind, "eu-west-1", "IE");
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["allowedCountries"] = new List<string> { "jp", "ie" } },
        };

        RuleVerifier.Verify(new S3BucketLocationRule(), SomeSnapshot.With(dublin), config, Pass(dublin.Id));
    }

    [Fact]
    public void Each_aws_rule_covers_its_own_kind_only()
    {
        var bucket = Some.AwsResource(S3BucketLocationRule.Kind, "us-east-1", "US");
        var instance = Some.AwsResource(Ec2InstanceLocationRule.Kind, "ap-northeast-1", "JP");

        RuleVerifier.Verify(new S3BucketLocationRule(), SomeSnapshot.With(bucket, instance), Fail(bucket.Id));
        RuleVerifier.Verify(new Ec2InstanceLocationRule(), SomeSnapshot.With(bucket, instance), Pass(instance.Id));
    }

    [Fact]
    public void Failed_s3_listing_gives_an_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsS3, "AccessDenied: s3:ListAllMyBuckets");

        RuleVerifier.Verify(new S3BucketLocationRule(), SomeSnapshot.With(sources, Some.AwsResource(S3BucketLocationRule.Kind)),
            Error(Some.AwsSource, "AccessDenied"));
    }
}
