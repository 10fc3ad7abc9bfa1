using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.DataLocation;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.DataLocation;

public sealed class AwsOptInRegionRuleTests
{
    [Fact]
    public void Account_with_no_opt_in_region_passes()
    {
        RuleVerifier.Verify(new AwsOptInRegionRule(), SomeSnapshot.With(Some.AwsAccount()), Pass(Some.AccountId));
    }

    [Fact]
    public void Opt_in_region_outside_the_allowed_countries_fails_with_the_command_to_disable_it()
    {
        var account = Some.AwsAccount() with { OptedInRegions = ["me-central-1", "ap-east-1"] };

        var finding = RuleVerifier.Verify(new AwsOptInRegionRule(), SomeSnapshot.With(account), Fail(Some.AccountId)).Findings.Single();

        finding.Message.ShouldBe("AWS account contoso-prod has opted in to regions outside the allowed countries JP: ap-east-1 (HK), me-central-1 (AE).");
        finding.Remediation!.ShouldContain("aws account disable-region --region-name ap-east-1; aws account disable-region --region-name me-central-1");
    }

    [Fact]
    public void Opt_in_region_in_an_allowed_country_passes()
    {
        var account = Some.AwsAccount() with { OptedInRegions = ["ap-east-1"] };
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["allowedCountries"] = new List<string> { "JP", "HK" } },
        };

        RuleVerifier.Verify(new AwsOptInRegionRule(), SomeSnapshot.With(account), config, Pass(Some.AccountId));
    }

    [Fact]
    public void Regions_not_recorded_are_an_error()
    {
        RuleVerifier.Verify(new AwsOptInRegionRule(), SomeSnapshot.With(Some.AwsAccount() with { OptedInRegions = null }),
            Error(Some.AccountId, "opt-in regions were not recorded"));
    }

    [Fact]
    public void Region_missing_from_the_map_is_an_error_not_a_pass()
    {
        RuleVerifier.Verify(new AwsOptInRegionRule(), SomeSnapshot.With(Some.AwsAccount() with { OptedInRegions = ["ap-northeast-1", "xx-mars-1"] }),
            Error(Some.AccountId, "xx-mars-1 are not in the region"));
    }

    [Fact]
    public void Region_known_to_be_outside_fails_even_when_another_is_missing_from_the_map()
    {
        var account = Some.AwsAccount() with { OptedInRegions = ["xx-mars-1", "me-south-1"] };

        var finding = RuleVerifier.Verify(new AwsOptInRegionRule(), SomeSnapshot.With(account), Fail(Some.AccountId)).Findings.Single();

        finding.Observed["unmappedRegions"].ShouldBe(new List<string> { "xx-mars-1" });
    }

    [Fact]
    public void Ec2_regions_not_collected_give_an_error_for_the_account()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsEc2, "UnauthorizedOperation: ec2:DescribeRegions");

        RuleVerifier.Verify(new AwsOptInRegionRule(), SomeSnapshot.With(sources, Some.AwsAccount()), Error(Some.AwsSource, "UnauthorizedOperation"));
    }
}
