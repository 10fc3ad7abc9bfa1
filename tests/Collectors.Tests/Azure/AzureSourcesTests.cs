using System.Text.Json;
using ComplianceEngine.Collectors.Auth;
using ComplianceEngine.Collectors.Azure;
using ComplianceEngine.Collectors.Azure.Internal;
using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Snapshot;
using Serilog.Core;
using static ComplianceEngine.Collectors.Tests.Azure.ArmScenario;

namespace ComplianceEngine.Collectors.Tests.Azure;

public sealed class AzureSourcesTests
{
    private const string File = "rules.json";
    private const string Path = "$.sources.azure";

    private static JsonElement Json(string text) => JsonDocument.Parse(text.Replace('\'', '"')).RootElement;

    private static InputException Rejects(string json) =>
        Should.Throw<InputException>(() => AzureSources.FromConfig(Json(json), File, Path, Logger.None));

    [Fact]
    public void Reads_one_collector_per_source_with_its_settings()
    {
        var section = Json($$"""
            [ { 'tenantId': '{{TenantId}}', 'armEndpoint': 'https://management.usgovcloudapi.net', 'maxParallelism': 4,
                'auth': { 'method': 'accessToken', 'accessTokenVariable': 'ARM_TOKEN' } },
              { 'id': 'legacy', 'subscriptions': [ '{{SubscriptionId(1)}}', '{{SubscriptionId(2)}}' ], 'maxRetries': 0, 'networkTimeoutSeconds': 30 } ]
            """);

        var collectors = AzureSources.FromConfig(section, File, Path, Logger.None);
        var options = AzureConfigReader.Read(section, File, Path);

        collectors.Select(c => c.SourceId).ShouldBe([$"azure:{TenantId}", "azure:legacy"]);
        options[0].ShouldSatisfyAllConditions(
            o => o.ArmEndpoint.ShouldBe(new Uri("https://management.usgovcloudapi.net")),
            o => o.MaxParallelism.ShouldBe(4),
            o => o.SubscriptionIds.ShouldBeNull(),
            o => o.Auth.ShouldBe(new AzureAuthOptions { Method = AzureAuthMethod.AccessToken, AccessTokenVariable = "ARM_TOKEN", TenantId = TenantId }));
        options[1].ShouldSatisfyAllConditions(
            o => o.SubscriptionIds.ShouldBe([SubscriptionId(1), SubscriptionId(2)]),
            o => o.MaxRetries.ShouldBe(0),
            o => o.NetworkTimeout.ShouldBe(TimeSpan.FromSeconds(30)),
            o => o.ArmEndpoint.ShouldBe(new Uri("https://management.azure.com/")),
            o => o.Auth.Method.ShouldBe(AzureAuthMethod.Default));
    }

    [Theory]
    [InlineData("https://management.azure.com/", null, "https://management.azure.com//.default")]
    [InlineData("https://management.usgovcloudapi.net/", null, "https://management.usgovcloudapi.net/.default")]
    [InlineData("https://management.local.azurestack.external/", null, "https://management.local.azurestack.external/.default")]
    [InlineData("https://management.local.azurestack.external/", "https://management.adfs.azurestack.local/abc", "https://management.adfs.azurestack.local/abc/.default")]
    public void Asks_for_tokens_for_the_cloud_of_the_endpoint(string endpoint, string? audience, string scope)
    {
        var options = new AzureSourceOptions { SourceId = "azure:x", ArmEndpoint = new Uri(endpoint), Audience = audience };

        ArmConnection.Environment(options).DefaultScope.ShouldBe(scope);
    }

    [Theory]
    [InlineData("{}", "$.sources.azure", "expected an array")]
    [InlineData("[ { 'tenant': 'x' } ]", "$.sources.azure[0].tenant", "unknown property")]
    [InlineData("[ { 'tenantId': 'contoso.com' } ]", "$.sources.azure[0].tenantId", "expected a GUID")]
    [InlineData("[ { 'subscriptions': [] } ]", "$.sources.azure[0].subscriptions", "non-empty array")]
    [InlineData("[ { 'subscriptions': [ '00000001-0000-4000-8000-000000000000', 'nope' ] } ]", "$.sources.azure[0].subscriptions[1]", "expected a GUID")]
    [InlineData("[ { 'armEndpoint': 'http://127.0.0.1:8080' } ]", "$.sources.azure[0].armEndpoint", "https")]
    [InlineData("[ { 'maxParallelism': 0 } ]", "$.sources.azure[0].maxParallelism", "from 1 to 64")]
    [InlineData("[ { 'auth': { 'method': 'clientSecret', 'clientId': 'app' } } ]", "$.sources.azure[0].auth.tenantId", "required")]
    [InlineData("[ { 'auth': { 'method': 'accessToken', 'accessToken': 'eyJ' } } ]", "$.sources.azure[0].auth.accessToken", "secrets do not belong")]
    [InlineData("[ {}, {} ]", "$.sources.azure[1]", "duplicate source id")]
    public void Rejects_bad_settings_naming_the_json_path(string json, string path, string problem)
    {
        var error = Rejects(json);

        error.JsonPath.ShouldBe(path);
        error.Problem.ShouldContain(problem);
        error.File.ShouldBe(File);
    }

    [Fact]
    public async Task Authenticates_with_an_access_token_from_the_named_environment_variable()
    {
        var variable = "CE_TEST_ARM_TOKEN_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, ArmHarness.Token);
        try
        {
            await using var harness = await ArmHarness.StartAsync(Tenant(subscriptions: 1));
            var options = harness.Options() with { Auth = new AzureAuthOptions { Method = AzureAuthMethod.AccessToken, AccessTokenVariable = variable } };

            var (status, facts) = await new AzureCollector(options, Logger.None).CollectAsync(CancellationToken.None);

            status.Status.ShouldBe(CollectionState.Complete);
            facts.CloudResources.Count.ShouldBe(6);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Fails_the_source_naming_the_variable_when_the_token_variable_is_unset()
    {
        var options = new AzureSourceOptions
        {
            SourceId = "azure:x",
            Auth = new AzureAuthOptions { Method = AzureAuthMethod.AccessToken, AccessTokenVariable = "CE_TEST_UNSET_" + Guid.NewGuid().ToString("N") },
        };

        var (status, facts) = await new AzureCollector(options, Logger.None).CollectAsync(CancellationToken.None);

        status.Status.ShouldBe(CollectionState.Failed);
        status.Reason!.ShouldContain(options.Auth.AccessTokenVariable!);
        status.Datasets.Count.ShouldBe(4);
        facts.Count.ShouldBe(0);
    }
}
