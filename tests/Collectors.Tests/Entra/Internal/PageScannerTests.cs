using System.Text;
using System.Text.Json;
using ComplianceEngine.Collectors.Entra.Internal;

namespace ComplianceEngine.Collectors.Tests.Entra.Internal;

public sealed class PageScannerTests
{
    private static (string? Next, int Items) Scan(string json) => PageScanner.Scan(Encoding.UTF8.GetBytes(json.Replace('\'', '"')));

    [Fact]
    public void Finds_the_next_link_before_or_after_the_values_and_counts_items()
    {
        Scan("{ '@odata.context': 'x', '@odata.nextLink': 'https://g/v1.0/users?$skiptoken=2', 'value': [ { 'id': 'a', 'x': [1, {}] }, { 'id': 'b' } ] }")
            .ShouldBe(("https://g/v1.0/users?$skiptoken=2", 2));
        Scan("{ 'value': [ { 'id': 'a' } ], '@odata.nextLink': 'n' }").ShouldBe(("n", 1));
    }

    [Fact]
    public void The_last_page_has_no_next_link() => Scan("{ 'value': [] }").ShouldBe((null, 0));

    [Theory]
    [InlineData("{ 'value': [ { 'id': 'a' }, { 'id")]
    [InlineData("{ '@odata.nextLink': 'n', 'value': [ ")]
    [InlineData("[ 1 ]")]
    [InlineData("")]
    public void A_truncated_or_foreign_body_throws(string json) => Should.Throw<JsonException>(() => Scan(json));
}
