using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.DataLocation;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.DataLocation;

public sealed class EbsSnapshotLocationRuleTests
{
    private static Engine.Facts.Cloud.CloudResource Snapshot(string region, string? country, string id = "snap-0123456789abcdef0") =>
        Some.AwsResource(EbsSnapshotLocationRule.Kind, region, country) with { Id = $"arn:aws:ec2:{region}::snapshot/{id}", Name = id };

    [Fact]
    public void Snapshot_in_an_allowed_country_passes_and_outside_fails_with_a_copy_and_delete_fix()
    {
        var tokyo = Snapshot("ap-northeast-1", "JP", "snap-0000000000000000a");
        var virginia = Snapshot("us-east-1", "US", "snap-0000000000000000b");

        var result = RuleVerifier.Verify(new EbsSnapshotLocationRule(), SomeSnapshot.With(tokyo, virginia), Pass(tokyo.Id), Fail(virginia.Id));

        var fix = result.Findings.Single(f => f.Outcome == Engine.Evaluation.Outcome.Fail).Remediation!;
        fix.ShouldContain("aws ec2 copy-snapshot --source-snapshot-id snap-0000000000000000b --source-region us-east-1 --region ap-northeast-1");
        fix.ShouldContain("aws ec2 delete-snapshot --snapshot-id snap-0000000000000000b --region us-east-1");
    }

    [Fact]
    public void Only_snapshots_are_covered()
    {
        var instance = Some.AwsResource(Ec2InstanceLocationRule.Kind, "us-east-1", "US");
        var snapshot = Snapshot("ap-northeast-1", "JP");

        RuleVerifier.Verify(new EbsSnapshotLocationRule(), SomeSnapshot.With(instance, snapshot), Pass(snapshot.Id));
    }

    [Fact]
    public void A_region_whose_snapshots_could_not_be_listed_is_an_error_and_the_others_stay_decided()
    {
        var sources = SomeSnapshot.WithScopeGap(Some.AwsSource, Datasets.AwsEbs, DataScope.Region("us-east-1"), "ec2:DescribeSnapshots (us-east-1): 403 UnauthorizedOperation");
        var tokyo = Snapshot("ap-northeast-1", "JP", "snap-0000000000000000d");

        // The region's snapshots were never listed: one Error stands for them.
        RuleVerifier.Verify(new EbsSnapshotLocationRule(), SomeSnapshot.With(sources, tokyo),
            Error($"{Some.AwsSource}/region:us-east-1", "DescribeSnapshots"), Pass(tokyo.Id));
    }

    [Fact]
    public void A_failed_listing_is_an_error_for_the_account_not_a_pass()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsEbs, "regions unknown: ec2:DescribeRegions: 403");

        RuleVerifier.Verify(new EbsSnapshotLocationRule(), SomeSnapshot.With(sources, Snapshot("ap-northeast-1", "JP")), Error(Some.AwsSource, "regions unknown"));
    }
}
