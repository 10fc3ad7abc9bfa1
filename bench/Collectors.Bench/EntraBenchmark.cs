using System.Diagnostics;
using ComplianceEngine.Collectors.Auth;
using ComplianceEngine.Collectors.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;

namespace ComplianceEngine.Collectors.Bench;

/// <summary>
/// The Entra collector against the fake Graph with 20 ms per call: HTTP calls next to the pages needed, and wall
/// time next to the lower bound, the longest chain of pages that must be fetched one after another.
/// </summary>
public sealed class EntraBenchmark : ICollectorBenchmark
{
    private const string TokenVariable = "ENTRA_BENCH_TOKEN";
    private const string Token = "bench-token";
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);

    // The helper machines are shared: each size runs three times, and every run is printed.
    private const int Runs = 3;

    public string Name => "entra";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await MeasureAsync(1_000, TimeSpan.Zero, cancellationToken); // warm-up: JIT and connection set-up
        output.WriteLine($"Entra collector vs fake Graph, {Latency.TotalMilliseconds:F0} ms latency per call, {Environment.ProcessorCount} cores");
        output.WriteLine();
        output.WriteLine("| users | run | pages needed | HTTP calls | lower bound (longest page chain) | users chain fetched | wall time | wall / bound | CPU (collector + fake) | load average | status |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var users in new[] { 10_000, 100_000 })
        {
            for (var run = 1; run <= Runs; run++)
            {
                var m = await MeasureAsync(users, Latency, cancellationToken);
                output.WriteLine($"| {users:N0} | {run} | {m.PagesNeeded:N0} | {m.Calls:N0} | {m.LowerBound.TotalSeconds:F2} s ({m.LongestChain} pages) " +
                                 $"| {m.UsersFetched.TotalSeconds:F2} s | {m.Wall.TotalSeconds:F2} s | {m.Wall / m.LowerBound:F2} | {m.Cpu.TotalSeconds:F2} s | {LoadAverage()} | {m.Status} |");
            }
        }
    }

    private static async Task<Measurement> MeasureAsync(int userCount, TimeSpan latency, CancellationToken cancellationToken)
    {
        var tenant = FakeGraphTenant.Synthetic(userCount);
        await using var graph = await FakeGraph.StartAsync(tenant);
        graph.ExpectedToken = Token;
        var source = new EntraSource
        {
            TenantId = tenant.TenantId,
            GraphEndpoint = graph.Endpoint,
            Auth = new AzureAuthOptions { Method = AzureAuthMethod.AccessToken, AccessTokenVariable = TokenVariable },
        };
        var clock = new Stopwatch();
        var usersFetched = TimeSpan.Zero;
        var options = new EntraCollectorOptions
        {
            // Fires when a page has arrived and its next link is known, before the SDK deserialises it.
            OnPage = (endpoint, _, _) =>
            {
                if (endpoint == "users")
                    usersFetched = clock.Elapsed;
            },
            CreateTransport = graph.CreateTrustingHandler,
            Environment = name => name == TokenVariable ? Token : null,
        };
        var collector = new EntraCollector(source, options, Serilog.Core.Logger.None);
        graph.Server.Latency = latency;

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Start();
        var collection = await collector.CollectAsync(cancellationToken);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        if (collection.Facts.EntraUsers.Count != userCount)
            throw new InvalidOperationException($"collected {collection.Facts.EntraUsers.Count} of {userCount} users");

        var (pages, longestChain) = Pages(graph);
        return new Measurement(pages, graph.TotalCalls, longestChain, latency * longestChain, usersFetched, clock.Elapsed, cpu, collection.Status.Status);
    }

    /// <summary>
    /// The pages the data takes, and the longest chain of them that must follow one another. Endpoints run side
    /// by side; group expansions (one page per group here) follow the role assignments' pages and run in parallel.
    /// </summary>
    private static (int Pages, int LongestChain) Pages(FakeGraph graph)
    {
        var tenant = graph.Tenant;
        static int PagesOf(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);
        int PageSize(string endpoint) => graph.PageSizes[endpoint];
        var groupPages = tenant.Groups.Values.Select(g => PagesOf(g.MemberIds.Count, 999)).ToList();
        int[] chains =
        [
            PagesOf(tenant.Users.Count, 120),
            PagesOf(tenant.Registrations.Count, PageSize(GraphEndpoints.UserRegistrationDetails)),
            PagesOf(tenant.RoleDefinitions.Count, PageSize(GraphEndpoints.RoleDefinitions)),
            PagesOf(tenant.RoleAssignments.Count, PageSize(GraphEndpoints.RoleAssignments)) + groupPages.DefaultIfEmpty().Max(),
            PagesOf(tenant.EligibilitySchedules.Count, PageSize(GraphEndpoints.RoleEligibilitySchedules)),
            PagesOf(tenant.AssignmentSchedules.Count, PageSize(GraphEndpoints.RoleAssignmentSchedules)),
            1, 1, 1, 1, // Global Administrator's PIM policy, organization, security defaults, conditional access
        ];
        return (chains.Sum() + groupPages.Sum() - groupPages.DefaultIfEmpty().Max(), chains.Max());
    }

    // With the cores shared by other jobs, wall time cannot beat CPU time / cores: the load average says how shared.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record Measurement(int PagesNeeded, int Calls, int LongestChain, TimeSpan LowerBound, TimeSpan UsersFetched, TimeSpan Wall, TimeSpan Cpu, CollectionState Status);
}
