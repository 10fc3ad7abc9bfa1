using System.Text.Json;
using ComplianceEngine.Collectors.Aws;
using ComplianceEngine.Engine;
using Serilog;

namespace ComplianceEngine.Collectors.Tests.Aws;

public sealed class AwsSourcesTests
{
    private static IReadOnlyList<AwsSourceOptions> Read(string json) =>
        AwsSources.ReadOptions(JsonDocument.Parse(json).RootElement, "rules.json", "$.sources.aws");

    [Fact]
    public void Reads_profiles_roles_regions_and_endpoints()
    {
        var sources = Read("""
            [ { "profile": "audit", "regions": ["eu-central-1", "eu-west-1"] },
              { "roleArn": "arn:aws:iam::210987654321:role/ComplianceAudit", "endpointUrl": "http://127.0.0.1:4566", "maxConcurrency": 4 } ]
            """);

        sources[0].Profile.ShouldBe("audit");
        sources[0].Regions.ShouldBe(["eu-central-1", "eu-west-1"]);
        sources[1].RoleArn.ShouldBe("arn:aws:iam::210987654321:role/ComplianceAudit");
        sources[1].EndpointUrl.ShouldBe(new Uri("http://127.0.0.1:4566"));
        sources[1].MaxConcurrency.ShouldBe(4);
    }

    [Fact]
    public void Makes_one_collector_per_account_with_a_distinct_source_id()
    {
        var collectors = AwsSources.FromConfig(JsonDocument.Parse("""[ {}, { "profile": "prod" } ]""").RootElement, "rules.json", "$.sources.aws",
            new LoggerConfiguration().CreateLogger());

        collectors.Select(c => c.SourceId).ShouldBe(["aws:default", "aws:profile/prod"]);
    }

    [Theory]
    [InlineData("""{ "profile": "a" }""", "$.sources.aws", "expected an array")]
    [InlineData("""[ { "profle": "a" } ]""", "$.sources.aws[0].profle", "unknown property")]
    [InlineData("""[ { "roleArn": "ComplianceAudit" } ]""", "$.sources.aws[0].roleArn", "expected a role ARN")]
    [InlineData("""[ { "regions": ["Frankfurt"] } ]""", "$.sources.aws[0].regions[0]", "expected a region code")]
    [InlineData("""[ { "endpointUrl": "localhost" } ]""", "$.sources.aws[0].endpointUrl", "expected an absolute http(s) URL")]
    [InlineData("""[ { "maxConcurrency": 0 } ]""", "$.sources.aws[0].maxConcurrency", "expected a whole number")]
    [InlineData("""[ { "profile": "a" }, { "profile": "a" } ]""", "$.sources.aws[1]", "listed twice")]
    [InlineData("""[ { "organization": { } } ]""", "$.sources.aws[0].organization.roleName", "missing")]
    [InlineData("""[ { "organization": { "roleName": "arn:aws:iam::1:role/x" } } ]""", "$.sources.aws[0].organization.roleName", "not an ARN")]
    [InlineData("""[ { "organization": { "roleName": "a", "include": ["prod"] } } ]""", "$.sources.aws[0].organization.include[0]", "12-digit account id or an OU id")]
    [InlineData("""[ { "organization": { "roleName": "a", "maxAccounts": 100 } } ]""", "$.sources.aws[0].organization.maxAccounts", "from 1 to 64")]
    [InlineData("""[ { "organization": { "roleName": "a", "accounts": [] } } ]""", "$.sources.aws[0].organization.accounts", "unknown property")]
    public void Rejects_bad_settings_with_their_json_path(string json, string path, string problem)
    {
        var error = Should.Throw<InputException>(() => Read(json));

        error.JsonPath.ShouldBe(path);
        error.Problem.ShouldContain(problem);
    }

    [Fact]
    public void Reads_an_organisation_source_and_makes_an_organisation_collector()
    {
        const string json = """
            [ { "profile": "management", "organization": { "roleName": "ComplianceAudit", "include": ["ou-ab12-workload1"],
                "exclude": ["210987654321"], "maxAccounts": 8 } } ]
            """;
        var organization = Read(json).Single().Organization!;

        organization.RoleName.ShouldBe("ComplianceAudit");
        organization.Include.ShouldBe(["ou-ab12-workload1"]);
        organization.Exclude.ShouldBe(["210987654321"]);
        organization.MaxAccounts.ShouldBe(8);
        AwsSources.FromConfig(JsonDocument.Parse(json).RootElement, "rules.json", "$.sources.aws", new LoggerConfiguration().CreateLogger())
            .Single().ShouldBeOfType<AwsOrganizationCollector>().SourceId.ShouldBe("aws:organization/profile/management");
    }

    [Fact]
    public void Refuses_keys_in_the_config_without_repeating_them()
    {
        var error = Should.Throw<InputException>(() => Read("""[ { "secretAccessKey": "s3cr3t-value-123" } ]"""));

        error.JsonPath.ShouldBe("$.sources.aws[0].secretAccessKey");
        error.Message.ShouldNotContain("s3cr3t-value-123");
    }

    [Fact]
    public void Reads_the_identity_center_region_and_rejects_a_bad_one_with_its_place()
    {
        Read("""[ { "profile": "management", "identityCenterRegion": "eu-central-1" } ]""")[0].IdentityCenterRegion.ShouldBe("eu-central-1");
        Read("""[ { "profile": "management" } ]""")[0].IdentityCenterRegion.ShouldBeNull();

        var error = Should.Throw<InputException>(() => Read("""[ { "profile": "management", "identityCenterRegion": "Frankfurt" } ]"""));
        error.Message.ShouldContain("$.sources.aws[0].identityCenterRegion");
        error.Message.ShouldContain("region code");
    }
}
