using ComplianceEngine.Collectors.Aws.Internal;

namespace ComplianceEngine.Collectors.Tests.Aws.Internal;

public sealed class AwsEndpointsTests
{
    private static AwsEndpoints With(Uri? source, params (string Name, string Value)[] variables) =>
        new(source, name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Fact]
    public void Service_specific_variable_wins_over_the_global_one()
    {
        var endpoints = With(null, ("AWS_ENDPOINT_URL", "http://localhost:4566"), ("AWS_ENDPOINT_URL_IAM", "http://iam.local:8080"));

        endpoints.Iam.ShouldBe(new Uri("http://iam.local:8080"));
        endpoints.OverrideFor("S3").ShouldBe(new Uri("http://localhost:4566"));
    }

    [Fact]
    public void The_source_endpoint_wins_over_the_environment()
    {
        With(new Uri("http://127.0.0.1:9000"), ("AWS_ENDPOINT_URL_EC2", "http://ec2.local")).OverrideFor("EC2").ShouldBe(new Uri("http://127.0.0.1:9000"));
    }

    [Fact]
    public void Ignore_configured_endpoint_urls_restores_the_public_endpoints()
    {
        var endpoints = With(null, ("AWS_ENDPOINT_URL", "http://localhost:4566"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"));

        endpoints.Iam.ShouldBe(AwsEndpoints.PublicIamEndpoint);
        endpoints.OverrideFor("STS").ShouldBeNull();
    }

    [Fact]
    public void Home_region_comes_from_AWS_REGION_then_AWS_DEFAULT_REGION()
    {
        With(null, ("AWS_REGION", "eu-central-1"), ("AWS_DEFAULT_REGION", "eu-west-1")).HomeRegion.ShouldBe("eu-central-1");
        With(null, ("AWS_DEFAULT_REGION", "eu-west-1")).HomeRegion.ShouldBe("eu-west-1");
        With(null).HomeRegion.ShouldBe("us-east-1");
    }
}
