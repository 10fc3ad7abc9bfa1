using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using ComplianceEngine.Collectors.Azure;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Azure;
using Serilog.Core;

namespace ComplianceEngine.Collectors.Bench;

/// <summary>
/// 20 subscriptions, 100k resources, 20 ms per response (the shape), and the same paging with 10x fewer
/// resources (where latency, not CPU, dominates). Two lower bounds: the latency of the longest chain of calls that must
/// follow one another (the subscription list, then each subscription's resource pages, which nextLink makes sequential,
/// in ceil(subscriptions / parallelism) rounds); and a bare client making the same calls with HttpClient and only
/// parsing the JSON, which adds the TLS, transfer and parsing cost no collector avoids on this machine.
/// </summary>
public sealed class AzureBenchmark : ICollectorBenchmark
{
    private const int Subscriptions = 20;
    private const int ResourceGroupsPerSubscription = 10;
    private const int Repeats = 3;
    private const string Token = "bench-token";
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);

    public string Name => "azure";

    private sealed record Shape(int ResourcesPerSubscription, int PageSize)
    {
        public int Pages => (ResourcesPerSubscription + PageSize - 1) / PageSize;
    }

    private sealed record Run(TimeSpan Wall, TimeSpan Cpu, long Allocated, int Calls, int Facts);

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"azure: {Subscriptions} subscriptions, {ResourceGroupsPerSubscription} resource groups each, latency "
                         + $"{Latency.TotalMilliseconds} ms, {Environment.ProcessorCount} cores; best of {Repeats} runs, bare client and "
                         + "collector alternating (the machine is shared); CPU figures include the fake server");
        foreach (var shape in new[] { new Shape(5_000, 1_000), new Shape(500, 100) })
            await RunShapeAsync(shape, output, cancellationToken);
    }

    private static async Task RunShapeAsync(Shape shape, TextWriter output, CancellationToken ct)
    {
        await using var arm = await FakeArm.StartAsync(Tenant(shape), Token);
        arm.PageSize = shape.PageSize;
        // One connection pool for every run, as one process would have: otherwise each run pays fresh TLS
        // handshakes and the finalizers of the previous run's connections.
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == arm.Server.Certificate!.Thumbprint,
        };
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = arm.Endpoint };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var transport = new HttpClientTransport(http);
        output.WriteLine($"- {Subscriptions * shape.ResourcesPerSubscription:N0} resources, page size {shape.PageSize}");

        await CollectAsync(arm, transport, Subscriptions, TimeSpan.Zero, ct);
        await BareClientAsync(arm, http, Subscriptions, ct);
        foreach (var parallelism in new[] { new AzureSourceOptions { SourceId = "default" }.MaxParallelism, Subscriptions })
        {
            Run? bare = null, best = null;
            for (var i = 0; i < Repeats; i++)
            {
                var floor = await BareClientAsync(arm, http, parallelism, ct);
                bare = bare is null || floor.Wall < bare.Wall ? floor : bare;
                var run = await CollectAsync(arm, transport, parallelism, Latency, ct);
                best = best is null || run.Wall < best.Wall ? run : best;
            }
            Report(output, shape, parallelism, best!, bare!);
        }
    }

    private static async Task<Run> CollectAsync(FakeArm arm, HttpPipelineTransport transport, int parallelism, TimeSpan latency,
        CancellationToken ct)
    {
        arm.Server.Latency = latency;
        arm.Server.Requests.Clear();
        var options = new AzureSourceOptions { SourceId = "azure:bench", ArmEndpoint = arm.Endpoint, MaxParallelism = parallelism, Transport = transport };
        var collector = new AzureCollector(options, Logger.None, new BenchCredential());
        var (watch, cpu, allocated) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes());
        var (status, facts) = await collector.CollectAsync(ct);
        var run = new Run(watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes() - allocated,
            arm.Server.Requests.Count, facts.CloudResources.Count);
        return status.Status == CollectionState.Complete
            ? run
            : throw new InvalidOperationException($"benchmark collection was {status.Status}: {status.Reason}");
    }

    /// <summary>The same calls with the same parallelism, through HttpClient, parsing each page and nothing more.</summary>
    private static async Task<Run> BareClientAsync(FakeArm arm, HttpClient http, int parallelism, CancellationToken ct)
    {
        arm.Server.Latency = Latency;
        arm.Server.Requests.Clear();
        var (watch, cpu, allocated) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes());
        var ids = new List<string>();
        await ReadAllAsync(http, "subscriptions?api-version=2022-12-01", page => ids.AddRange(
            page.RootElement.GetProperty("value").EnumerateArray().Select(s => s.GetProperty("subscriptionId").GetString()!)), ct);
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct }, async (id, token) =>
            await Task.WhenAll(
                ReadAllAsync(http, $"subscriptions/{id}/resources?api-version=2021-04-01", _ => { }, token),
                ReadAllAsync(http, $"subscriptions/{id}/resourcegroups?api-version=2021-04-01", _ => { }, token),
                ReadAllAsync(http, $"subscriptions/{id}/providers/Microsoft.Authorization/policyAssignments?$filter=atScope()&api-version=2022-06-01", _ => { }, token),
                ReadAllAsync(http, $"subscriptions/{id}/providers/Microsoft.Authorization/policyExemptions?api-version=2022-07-01-preview&$filter=atScope()", _ => { }, token),
                ReadAllAsync(http, $"subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=atScope()", _ => { }, token)));
        return new Run(watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes() - allocated,
            arm.Server.Requests.Count, 0);
    }

    private static async Task ReadAllAsync(HttpClient http, string url, Action<JsonDocument> read, CancellationToken ct)
    {
        for (string? next = url; next is not null;)
        {
            await using var body = await http.GetStreamAsync(next, ct);
            using var page = await JsonDocument.ParseAsync(body, cancellationToken: ct);
            read(page);
            next = page.RootElement.TryGetProperty("nextLink", out var link) ? link.GetString() : null;
        }
    }

    private static void Report(TextWriter output, Shape shape, int parallelism, Run run, Run bare)
    {
        var minimumCalls = 1 + Subscriptions * (shape.Pages + 4);
        var bound = Latency * (1 + (Subscriptions + parallelism - 1) / parallelism * shape.Pages);
        output.WriteLine($"  parallelism {parallelism,2}: collector {run.Calls} calls (minimum {minimumCalls}), {run.Facts:N0} facts, "
                         + $"{run.Wall.TotalMilliseconds:N0} ms wall, CPU {run.Cpu.TotalMilliseconds:N0} ms, {run.Allocated / 1_000_000} MB allocated");
        output.WriteLine($"                  bare client {bare.Calls} calls, {bare.Wall.TotalMilliseconds:N0} ms wall, "
                         + $"CPU {bare.Cpu.TotalMilliseconds:N0} ms, {bare.Allocated / 1_000_000} MB allocated");
        output.WriteLine($"                  latency bound {bound.TotalMilliseconds:N0} ms: collector {run.Wall / bound:0.00}x, "
                         + $"bare client {bare.Wall / bound:0.00}x; collector / bare client {run.Wall / bare.Wall:0.00}x");
    }

    private static FakeArmData Tenant(Shape shape)
    {
        var data = new FakeArmData();
        for (var s = 0; s < Subscriptions; s++)
        {
            var subscription = data.Add(new FakeSubscription($"{s:d8}-0000-4000-8000-00000000be00", "72f988bf-86f1-41af-91ab-2d7cd011db47", $"bench-{s}"));
            for (var g = 0; g < ResourceGroupsPerSubscription; g++)
                subscription.AddResourceGroup($"rg-{g}", g % 2 == 0 ? "japaneast" : "westeurope");
            for (var r = 0; r < shape.ResourcesPerSubscription; r++)
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
