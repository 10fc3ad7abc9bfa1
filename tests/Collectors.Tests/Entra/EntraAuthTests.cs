using System.Text;
using Azure.Core;
using ComplianceEngine.Collectors.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;

namespace ComplianceEngine.Collectors.Tests.Entra;

public sealed class EntraAuthTests
{
    [Fact]
    public async Task The_access_token_is_sent_to_graph_and_appears_in_no_output()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.SignInActivityForbidden = true;
        harness.Graph.Inject(GraphEndpoints.UserRegistrationDetails, GraphFault.Always(GraphFaultKind.Unavailable));

        var collection = await harness.CollectAsync();

        harness.Graph.Server.Requests.ShouldAllBe(r => r.Headers["Authorization"] == "Bearer " + EntraHarness.Token);
        var snapshot = SnapshotAssembler.Combine([collection], "Contoso", DateTimeOffset.UtcNow);
        Encoding.UTF8.GetString(SnapshotSerializer.ToUtf8Bytes(snapshot)).ShouldNotContain(EntraHarness.Token);
        harness.Logs.ShouldNotBeEmpty();
        harness.Logs.ShouldAllBe(line => !line.Contains(EntraHarness.Token));
    }

    [Fact]
    public async Task A_rejected_token_fails_the_source_without_echoing_the_token()
    {
        await using var harness = await EntraHarness.StartAsync();
        const string wrong = "eyJ0eXAiOiJKV1QifQ.d3JvbmctdG9rZW4.sig-0000";

        var (status, facts) = await harness.CollectAsync(harness.Options(token: wrong));

        status.Status.ShouldBe(CollectionState.Failed);
        status.Reason.ShouldNotBeNull().ShouldContain("401 Unauthorized");
        status.Datasets.ShouldAllBe(d => d.Status == CollectionState.Failed);
        facts.EntraUsers.ShouldBeEmpty();
        facts.EntraTenants.Single().SecurityDefaultsEnabled.ShouldBeNull();
        status.GapIn(Datasets.EntraUsers).ShouldNotBeNull();
        (status.Reason + string.Join("", harness.Logs)).ShouldNotContain(wrong);
    }

    [Fact]
    public async Task A_missing_token_variable_fails_the_source_and_names_only_the_variable()
    {
        await using var harness = await EntraHarness.StartAsync();

        var (status, facts) = await harness.CollectAsync(harness.Options(token: null));

        status.Status.ShouldBe(CollectionState.Failed);
        status.Reason.ShouldNotBeNull().ShouldContain(EntraHarness.TokenVariable);
        status.GapIn(Datasets.EntraMfaRegistration).ShouldNotBeNull();
        facts.Count.ShouldBe(0);
        harness.Graph.TotalCalls.ShouldBe(0);
    }

    [Fact]
    public async Task The_token_is_requested_for_the_configured_graph_audience()
    {
        await using var harness = await EntraHarness.StartAsync();
        var credential = new RecordingCredential();
        var collector = harness.Collector();

        var (status, _) = await new EntraCollector(harness.Source, harness.Options() with { Environment = null }, harness.Logger())
            .WithCredential(credential).CollectAsync(CancellationToken.None);

        status.Status.ShouldBe(CollectionState.Complete);
        credential.Scopes.ShouldHaveSingleItem().ShouldBe($"https://{harness.Graph.Endpoint.Authority}/.default");
        collector.SourceId.ShouldBe($"entra:{harness.Graph.Tenant.TenantId}");
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public HashSet<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext context, CancellationToken cancellationToken)
        {
            lock (Scopes)
                Scopes.UnionWith(context.Scopes);
            return new AccessToken(EntraHarness.Token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext context, CancellationToken cancellationToken) =>
            new(GetToken(context, cancellationToken));
    }
}
