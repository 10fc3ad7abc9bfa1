using System.Text.Json;
using ComplianceEngine.Collectors.Auth;
using ComplianceEngine.Collectors.Entra;
using ComplianceEngine.Engine;
using Serilog.Core;

namespace ComplianceEngine.Collectors.Tests.Entra;

public sealed class EntraSourcesTests
{
    private const string File = "rules.json";
    private const string Path = "$.sources.entra";

    private static JsonElement Json(string text) => JsonDocument.Parse(text.Replace('\'', '"')).RootElement;

    private static IReadOnlyList<EntraSource> Read(string json) =>
        [.. EntraSources.FromConfig(Json(json), File, Path, Logger.None).Cast<EntraCollector>().Select(c => c.Source)];

    private static InputException Rejects(string json) => Should.Throw<InputException>(() => Read(json));

    [Fact]
    public void Reads_one_collector_per_tenant_with_endpoint_and_auth()
    {
        var sources = Read("""
            [ { 'tenantId': 'contoso.onmicrosoft.com' },
              { 'tenantId': 'gov-tenant', 'graphEndpoint': 'https://graph.microsoft.us',
                'auth': { 'method': 'accessToken', 'accessTokenVariable': 'GRAPH_TOKEN' } } ]
            """);

        sources.Count.ShouldBe(2);
        sources[0].GraphEndpoint.ShouldBe(new Uri("https://graph.microsoft.com/"));
        sources[0].Auth.Method.ShouldBe(AzureAuthMethod.Default);
        sources[0].Auth.TenantId.ShouldBe("contoso.onmicrosoft.com");
        sources[0].SourceId.ShouldBe("entra:contoso.onmicrosoft.com");
        sources[1].GraphEndpoint.ShouldBe(new Uri("https://graph.microsoft.us/"));
        sources[1].Auth.Method.ShouldBe(AzureAuthMethod.AccessToken);
        sources[1].Auth.AccessTokenVariable.ShouldBe("GRAPH_TOKEN");
    }

    [Fact]
    public void Rejects_a_section_that_is_not_an_array() =>
        Rejects("{ 'tenantId': 'x' }").JsonPath.ShouldBe(Path);

    [Fact]
    public void Rejects_a_source_without_tenant_id() =>
        Rejects("[ { 'graphEndpoint': 'https://graph.microsoft.com' } ]").JsonPath.ShouldBe($"{Path}[0].tenantId");

    [Fact]
    public void Rejects_the_same_tenant_twice() =>
        Rejects("[ { 'tenantId': 'a' }, { 'tenantId': 'A' } ]").JsonPath.ShouldBe($"{Path}[1].tenantId");

    [Theory]
    [InlineData("http://graph.microsoft.com")]
    [InlineData("graph.microsoft.com")]
    [InlineData("https://graph.microsoft.com/v1.0")]
    public void Rejects_an_endpoint_that_is_not_an_https_root(string endpoint) =>
        Rejects($"[ {{ 'tenantId': 'a', 'graphEndpoint': '{endpoint}' }} ]").JsonPath.ShouldBe($"{Path}[0].graphEndpoint");

    [Fact]
    public void Rejects_unknown_properties_with_their_path() =>
        Rejects("[ { 'tenantId': 'a', 'endpoint': 'x' } ]").JsonPath.ShouldBe($"{Path}[0].endpoint");

    [Fact]
    public void Rejects_a_secret_written_into_the_file_without_repeating_it()
    {
        var error = Rejects("[ { 'tenantId': 'a', 'auth': { 'method': 'accessToken', 'accessToken': 'eyJ-secret-value' } } ]");

        error.JsonPath.ShouldBe($"{Path}[0].auth.accessToken");
        error.Message.ShouldNotContain("eyJ-secret-value");
    }
}
