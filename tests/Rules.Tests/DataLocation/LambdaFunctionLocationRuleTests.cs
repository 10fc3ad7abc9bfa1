using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.DataLocation;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.DataLocation;

public sealed class LambdaFunctionLocationRuleTests
{
    private static Engine.Facts.Cloud.CloudResource Function(string name, string region, string? country) =>
        Some.AwsResource(LambdaFunctionLocationRule.Kind, region, country) with { Id = $"arn:aws:lambda:{region}:{Some.AccountId}:function:{name}", Name = name };

    [Fact]
    public void Function_in_an_allowed_country_passes_and_outside_fails_with_a_redeploy_and_delete_fix()
    {
        var tokyo = Function("orders", "ap-northeast-1", "JP");
        var frankfurt = Function("web-sessions", "eu-central-1", "DE");

        var result = RuleVerifier.Verify(new LambdaFunctionLocationRule(), SomeSnapshot.With(tokyo, frankfurt), Pass(tokyo.Id), Fail(frankfurt.Id));

        var fix = result.Findings.Single(f => f.Outcome == Engine.Evaluation.Outcome.Fail).Remediation!;
        fix.ShouldContain($"aws lambda get-function --function-name {frankfurt.Id}");
        fix.ShouldContain("aws lambda delete-function --function-name web-sessions --region eu-central-1");
    }

    [Fact]
    public void Only_functions_are_covered_and_an_unknown_region_is_an_error()
    {
        var snapshot = Some.AwsResource(EbsSnapshotLocationRule.Kind, "us-east-1", "US");
        var unknown = Function("t", "xx-moon-1", null);

        RuleVerifier.Verify(new LambdaFunctionLocationRule(), SomeSnapshot.With(snapshot, unknown), Error(unknown.Id, "not in the region"));
    }

    [Fact]
    public void A_region_whose_functions_could_not_be_listed_is_an_error_and_the_others_stay_decided()
    {
        var sources = SomeSnapshot.WithScopeGap(Some.AwsSource, Datasets.AwsLambda, DataScope.Region("us-east-1"), "lambda:ListFunctions (us-east-1): 403 AccessDeniedException");
        var tokyo = Function("orders", "ap-northeast-1", "JP");

        RuleVerifier.Verify(new LambdaFunctionLocationRule(), SomeSnapshot.With(sources, tokyo),
            Error($"{Some.AwsSource}/region:us-east-1", "ListFunctions"), Pass(tokyo.Id));
    }
}
