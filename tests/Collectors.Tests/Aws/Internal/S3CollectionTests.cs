using ComplianceEngine.Collectors.Aws.Internal;

namespace ComplianceEngine.Collectors.Tests.Aws.Internal;

public sealed class S3CollectionTests
{
    [Theory]
    [InlineData(null, "us-east-1")]
    [InlineData("", "us-east-1")]
    [InlineData("US", "us-east-1")]
    [InlineData("EU", "eu-west-1")]
    [InlineData("eu-central-1", "eu-central-1")]
    public void Location_constraint_maps_to_a_region(string? constraint, string region) =>
        S3Collection.RegionOf(constraint).ShouldBe(region);
}
