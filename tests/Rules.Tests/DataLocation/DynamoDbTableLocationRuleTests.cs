using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.DataLocation;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.DataLocation;

public sealed class DynamoDbTableLocationRuleTests
{
    private static Engine.Facts.Cloud.CloudResource Table(string name, string region, string? country) =>
        Some.AwsResource(DynamoDbTableLocationRule.Kind, region, country) with { Id = $"arn:aws:dynamodb:{region}:{Some.AccountId}:table/{name}", Name = name };

    [Fact]
    public void Table_in_an_allowed_country_passes_and_outside_fails_with_an_export_and_delete_fix()
    {
        var tokyo = Table("orders", "ap-northeast-1", "JP");
        var frankfurt = Table("web-sessions", "eu-central-1", "DE");

        var result = RuleVerifier.Verify(new DynamoDbTableLocationRule(), SomeSnapshot.With(tokyo, frankfurt), Pass(tokyo.Id), Fail(frankfurt.Id));

        var fix = result.Findings.Single(f => f.Outcome == Engine.Evaluation.Outcome.Fail).Remediation!;
        fix.ShouldContain($"aws dynamodb export-table-to-point-in-time --table-arn {frankfurt.Id}");
        fix.ShouldContain("aws dynamodb delete-table --table-name web-sessions --region eu-central-1");
    }

    [Fact]
    public void Only_tables_are_covered_and_an_unknown_region_is_an_error()
    {
        var snapshot = Some.AwsResource(EbsSnapshotLocationRule.Kind, "us-east-1", "US");
        var unknown = Table("t", "xx-moon-1", null);

        RuleVerifier.Verify(new DynamoDbTableLocationRule(), SomeSnapshot.With(snapshot, unknown), Error(unknown.Id, "not in the region"));
    }

    [Fact]
    public void A_region_whose_tables_could_not_be_listed_is_an_error_and_the_others_stay_decided()
    {
        var sources = SomeSnapshot.WithScopeGap(Some.AwsSource, Datasets.AwsDynamoDb, DataScope.Region("us-east-1"), "dynamodb:ListTables (us-east-1): 400 AccessDeniedException");
        var tokyo = Table("orders", "ap-northeast-1", "JP");

        RuleVerifier.Verify(new DynamoDbTableLocationRule(), SomeSnapshot.With(sources, tokyo),
            Error($"{Some.AwsSource}/region:us-east-1", "ListTables"), Pass(tokyo.Id));
    }
}
