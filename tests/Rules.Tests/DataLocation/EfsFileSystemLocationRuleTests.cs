using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.DataLocation;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.DataLocation;

public sealed class EfsFileSystemLocationRuleTests
{
    private static Engine.Facts.Cloud.CloudResource Function(string name, string region, string? country) =>
        Some.AwsResource(EfsFileSystemLocationRule.Kind, region, country) with { Id = $"arn:aws:elasticfilesystem:{region}:{Some.AccountId}:file-system/{name}", Name = name };

    [Fact]
    public void Function_in_an_allowed_country_passes_and_outside_fails_with_a_replicate_and_delete_fix()
    {
        var tokyo = Function("fs-0000000000000000a", "ap-northeast-1", "JP");
        var frankfurt = Function("fs-0000000000000000b", "eu-central-1", "DE");

        var result = RuleVerifier.Verify(new EfsFileSystemLocationRule(), SomeSnapshot.With(tokyo, frankfurt), Pass(tokyo.Id), Fail(frankfurt.Id));

        var fix = result.Findings.Single(f => f.Outcome == Engine.Evaluation.Outcome.Fail).Remediation!;
        fix.ShouldContain("aws efs create-replication-configuration --source-file-system-id fs-0000000000000000b --destinations Region=ap-northeast-1 --region eu-central-1");
        fix.ShouldContain("aws efs delete-file-system --file-system-id fs-0000000000000000b --region eu-central-1");
    }

    [Fact]
    public void Only_file_systems_are_covered_and_an_unknown_region_is_an_error()
    {
        var snapshot = Some.AwsResource(EbsSnapshotLocationRule.Kind, "us-east-1", "US");
        var unknown = Function("t", "xx-moon-1", null);

        RuleVerifier.Verify(new EfsFileSystemLocationRule(), SomeSnapshot.With(snapshot, unknown), Error(unknown.Id, "not in the region"));
    }

    [Fact]
    public void A_region_whose_file_systems_could_not_be_listed_is_an_error_and_the_others_stay_decided()
    {
        var sources = SomeSnapshot.WithScopeGap(Some.AwsSource, Datasets.AwsEfs, DataScope.Region("us-east-1"), "elasticfilesystem:DescribeFileSystems (us-east-1): 403 AccessDeniedException");
        var tokyo = Function("fs-0000000000000000a", "ap-northeast-1", "JP");

        RuleVerifier.Verify(new EfsFileSystemLocationRule(), SomeSnapshot.With(sources, tokyo),
            Error($"{Some.AwsSource}/region:us-east-1", "DescribeFileSystems"), Pass(tokyo.Id));
    }
}
