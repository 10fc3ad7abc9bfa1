using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.DataLocation;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.DataLocation;

public sealed class RdsLocationRuleTests
{
    private static Engine.Facts.Cloud.CloudResource Database(string name, string region, string? country) =>
        Some.AwsResource(RdsLocationRule.InstanceKind, region, country) with { Id = $"arn:aws:rds:{region}:{Some.AccountId}:db:{name}", Name = name };

    private static Engine.Facts.Cloud.CloudResource Snapshot(string name, string region, string? country) =>
        Some.AwsResource(RdsLocationRule.SnapshotKind, region, country) with { Id = $"arn:aws:rds:{region}:{Some.AccountId}:snapshot:{name}", Name = name };

    [Fact]
    public void Databases_and_snapshots_in_an_allowed_country_pass_and_outside_fail_with_a_copy_and_delete_fix()
    {
        var tokyo = Database("orders", "ap-northeast-1", "JP");
        var virginia = Database("legacy", "us-east-1", "US");
        var osakaCopy = Snapshot("orders-copy", "ap-northeast-3", "JP");
        var frankfurtCopy = Snapshot("orders-2026", "eu-central-1", "DE");

        var result = RuleVerifier.Verify(new RdsLocationRule(), SomeSnapshot.With(tokyo, virginia, osakaCopy, frankfurtCopy),
            Pass(tokyo.Id), Fail(virginia.Id), Pass(osakaCopy.Id), Fail(frankfurtCopy.Id));

        var fixes = result.Findings.Where(f => f.Outcome == Engine.Evaluation.Outcome.Fail).ToDictionary(f => f.Resource.Id, f => f.Remediation!);
        fixes[virginia.Id].ShouldContain("aws rds create-db-snapshot --db-instance-identifier legacy --db-snapshot-identifier legacy-move --region us-east-1");
        fixes[virginia.Id].ShouldContain("aws rds delete-db-instance --db-instance-identifier legacy --region us-east-1");
        fixes[frankfurtCopy.Id].ShouldContain($"aws rds copy-db-snapshot --source-db-snapshot-identifier {frankfurtCopy.Id} --target-db-snapshot-identifier orders-2026 --source-region eu-central-1 --region ap-northeast-1");
        fixes[frankfurtCopy.Id].ShouldContain("aws rds delete-db-snapshot --db-snapshot-identifier orders-2026 --region eu-central-1");
    }

    [Fact]
    public void Only_rds_resources_are_covered_and_an_unknown_region_is_an_error()
    {
        var other = Some.AwsResource(EfsFileSystemLocationRule.Kind, "us-east-1", "US");
        var unknown = Database("moon", "xx-moon-1", null);

        RuleVerifier.Verify(new RdsLocationRule(), SomeSnapshot.With(other, unknown), Error(unknown.Id, "not in the region"));
    }

    [Fact]
    public void No_rds_resource_is_not_applicable()
    {
        RuleVerifier.Verify(new RdsLocationRule(), SomeSnapshot.With(Some.AwsResource(EfsFileSystemLocationRule.Kind, "us-east-1", "US")),
            RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }

    [Fact]
    public void A_region_whose_rds_could_not_be_listed_is_an_error_and_the_others_stay_decided()
    {
        var sources = SomeSnapshot.WithScopeGap(Some.AwsSource, Datasets.AwsRds, DataScope.Region("us-east-1"), "rds:DescribeDBSnapshots (us-east-1): 403 AccessDenied");
        var tokyo = Database("orders", "ap-northeast-1", "JP");

        RuleVerifier.Verify(new RdsLocationRule(), SomeSnapshot.With(sources, tokyo),
            Error($"{Some.AwsSource}/region:us-east-1", "DescribeDBSnapshots"), Pass(tokyo.Id));
    }

    [Fact]
    public void Rds_missing_for_the_account_is_an_error_not_a_pass()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsRds, "regions unknown: ec2:DescribeRegions refused");

        RuleVerifier.Verify(new RdsLocationRule(), SomeSnapshot.With(sources), Error(Some.AwsSource, "regions unknown"));
    }
}
