using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Engine.Tests.Facts;

public sealed class RegionCatalogTests
{
    [Theory]
    [InlineData("azure", "japaneast", "JP")]
    [InlineData("azure", "Japan East", "JP")]
    [InlineData("azure", "westeurope", "NL")]
    [InlineData("aws", "eu-west-1", "IE")]
    [InlineData("aws", "ap-northeast-3", "JP")]
    public void Maps_regions_to_countries(string cloud, string region, string country)
    {
        RegionCatalog.Default.CountryOf(cloud, region).ShouldBe(country);
    }

    [Theory]
    [InlineData("azure", "global")]
    [InlineData("azure", "")]
    [InlineData("aws", "mars-north-1")]
    public void Global_empty_and_unknown_regions_have_no_country(string cloud, string region)
    {
        RegionCatalog.Default.CountryOf(cloud, region).ShouldBeNull();
    }

    [Fact]
    public void Malformed_row_names_its_line()
    {
        Should.Throw<FormatException>(() => RegionCatalog.Parse(new StringReader("cloud,region,country\naws\n"))).Message.ShouldContain("line 2");
    }
}
