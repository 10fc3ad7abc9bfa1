using System.Text;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Engine.Tests.Configuration;

/// <summary>A custom rule states the datasets it reads, so that a source that failed to provide them gives Error, never Pass.</summary>
public sealed class CustomRuleRequiredDataTests
{
    private static ComplianceConfig Parse(string factType, string? requiredData) => ConfigLoader.Parse(Encoding.UTF8.GetBytes($$"""
        {
          "customRules": [
            {
              "id": "ORG-ENT-01", "title": "t", "factType": "{{factType}}", "condition": "true"{{(requiredData is null ? "" : $", \"requiredData\": {requiredData}")}}
            }
          ]
        }
        """), "rules.json", [CountryRule.Rule]);

    private static InputException Rejected(string factType, string? requiredData) =>
        Should.Throw<InputException>(() => Parse(factType, requiredData)).Errors.ShouldHaveSingleItem();

    [Fact]
    public void A_custom_rule_without_required_data_is_rejected_with_what_to_write()
    {
        var error = Rejected("EntraUser", null);

        (error.JsonPath, error.Line).ShouldBe(("$.customRules[0]", 3L));
        error.Problem.ShouldStartWith("custom rule has no 'requiredData'; it needs the datasets its condition reads");
        error.Problem.ShouldContain("e.g. \"requiredData\": [\"entra.users\"]");
        error.Problem.ShouldContain("entra.signInActivity");
    }

    [Fact]
    public void An_empty_list_is_rejected_and_lists_the_datasets_that_fit()
    {
        var error = Rejected("AwsIamUser", "[]");

        error.JsonPath.ShouldBe("$.customRules[0].requiredData");
        error.Problem.ShouldStartWith("expected at least one dataset; e.g. \"requiredData\": [\"aws.credentialReport\"]");
        error.Problem.ShouldContain($"whose datasets are: {string.Join(", ", Datasets.Of("aws"))}");
    }

    [Fact]
    public void An_unknown_dataset_is_rejected_at_its_index_with_every_known_name()
    {
        var error = Rejected("EntraUser", """["entra.users", "entra.user"]""");

        error.JsonPath.ShouldBe("$.customRules[0].requiredData[1]");
        error.Problem.ShouldBe($"unknown dataset 'entra.user'; expected one of: {string.Join(", ", Datasets.All)}");
    }

    [Fact]
    public void A_dataset_of_a_provider_that_gives_no_facts_of_the_type_is_rejected()
    {
        var error = Rejected("EntraUser", """["aws.credentialReport"]""");

        error.JsonPath.ShouldBe("$.customRules[0].requiredData[0]");
        error.Problem.ShouldStartWith("dataset 'aws.credentialReport' comes from aws sources, which provide no EntraUser facts; e.g. \"requiredData\": [\"entra.users\"]");
    }

    [Fact]
    public void Cloud_resources_may_read_azure_and_aws_datasets_and_the_rule_keeps_what_it_declared()
    {
        var rule = Parse("CloudResource", """["aws.s3", "azure.resources"]""").CustomRules.ShouldHaveSingleItem();

        rule.Descriptor.RequiredData.ShouldBe([Datasets.AwsS3, Datasets.AzureResources]);
        Rejected("CloudResource", """["entra.users"]""").Problem.ShouldContain("come from azure or aws sources");
    }

    [Fact]
    public void A_custom_rule_over_a_failed_source_gives_error_never_pass()
    {
        var config = Parse("EntraUser", """["entra.users"]""");
        var sources = SomeSnapshot.WithFailed(Some.EntraSource, "401 Unauthorized: AADSTS7000215");

        RuleVerifier.Verify(config.CustomRules.Single().Create(), SomeSnapshot.With(sources, Some.User(), Some.User()), config,
            Error(Some.EntraSource, "401 Unauthorized"));
    }
}
