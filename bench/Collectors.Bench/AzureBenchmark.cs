using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;
using ComplianceEngine.Collectors.Azure;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Azure;
using Serilog.Core;

namespace ComplianceEngine.Collectors.Bench;

/// <summary>
/// 20 subscriptions, 100k resources, 20 ms per response. The lower bound is the latency of the longest chain of
/// calls that must follow one another: the subscription list, then the resource pages of each subscription
/// (nextLink paging is sequential), in ceil(subscriptions / parallelism) rounds.
/// </summary>
public sealed class AzureBenchmark : ICollectorBenchmark
{
    private const int Subscriptions = 20;
    private const int ResourcesPerSubscription = 5_000;
    private const int ResourceGroupsPerSubscription = 10;
    private const int PageSize = 1_000;
    private const string Token = "bench-token";
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);

    public string Name => "azure";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await using var arm = await FakeArm.StartAsync(Tenant(), Token);
        arm.PageSize = PageSize;
        output.WriteLine($"azure: {Subscriptions} subscriptions, {Subscriptions * ResourcesPerSubscription:N0} resources, "
                         + $"{Subscriptions * ResourceGroupsPerSubscription} resource groups, page size {PageSize}, latency {Latency.TotalMilliseconds} ms");

        await MeasureAsync(arm, parallelism: 8, latency: TimeSpan.Zero, output, "warm-up (JIT, page cache)", cancellationToken);
        await MeasureAsync(arm, parallelism: 8, latency: TimeSpan.Zero, output, "no latency (processing floor)", cancellationToken);
        await MeasureAsync(arm, parallelism: 8, latency: Latency, output, "default parallelism", cancellationToken);
        await MeasureAsync(arm, parallelism: 20, latency: Latency, output, "one slot per subscription", cancellationToken);
    }

    private static async Task MeasureAsync(FakeArm arm, int parallelism, TimeSpan latency, TextWriter output, string label, CancellationToken ct)
    {
        arm.Server.Latency = latency;
        arm.Server.Requests.Clear();
        var collector = new AzureCollector(Options(arm, parallelism), Logger.None, new BenchCredential());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var (status, facts) = await collector.CollectAsync(ct);
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        if (status.Status != CollectionState.Complete)
            throw new InvalidOperationException($"benchmark collection was {status.Status}: {status.Reason}");
        var pagesPerSubscription = (ResourcesPerSubscription + PageSize - 1) / PageSize;
        var minimumCalls = 1 + Subscriptions * (pagesPerSubscription + 3);
        var rounds = (Subscriptions + parallelism - 1) / parallelism;
        var bound = latency * (1 + rounds * pagesPerSubscription);
        var ratio = bound > TimeSpan.Zero ? $"{watch.Elapsed / bound:0.00}x" : "n/a";
        output.WriteLine($"  {label,-32} parallelism {parallelism,2}: {arm.Server.Requests.Count} calls (minimum {minimumCalls}), "
                         + $"{facts.CloudResources.Count:N0} facts, {watch.Elapsed.TotalMilliseconds:N0} ms "
                         + $"(lower bound {bound.TotalMilliseconds:N0} ms, {ratio}), CPU {cpu.TotalMilliseconds:N0} ms incl. the fake");
    }

    private static AzureSourceOptions Options(FakeArm arm, int parallelism) => new()
    {
        SourceId = "azure:bench",
        ArmEndpoint = arm.Endpoint,
        MaxParallelism = parallelism,
        Transport = new HttpClientTransport(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == arm.Server.Certificate!.Thumbprint,
        }),
    };

    private static FakeArmData Tenant()
    {
        var data = new FakeArmData();
        for (var s = 0; s < Subscriptions; s++)
        {
            var subscription = data.Add(new FakeSubscription($"{s:d8}-0000-4000-8000-00000000be00", "72f988bf-86f1-41af-91ab-2d7cd011db47", $"bench-{s}"));
            for (var g = 0; g < ResourceGroupsPerSubscription; g++)
                subscription.AddResourceGroup($"rg-{g}", g % 2 == 0 ? "japaneast" : "westeurope");
            for (var r = 0; r < ResourcesPerSubscription; r++)
                subscription.AddResource($"rg-{r % ResourceGroupsPerSubscription}", "Microsoft.Storage/storageAccounts", $"st{r:d5}", r % 50 == 0 ? "global" : "japaneast");
            subscription.AssignPolicy("allowed-locations", "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c");
            subscription.AssignRole("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "00000000-0000-0000-0000-00000000a001");
        }
        return data;
    }

    private sealed class BenchCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(Token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
