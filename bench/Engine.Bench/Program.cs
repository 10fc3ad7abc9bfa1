using System.Diagnostics;
using System.Globalization;
using ComplianceEngine.Bench;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Rules;

// dotnet run -c Release --project bench/Engine.Bench                 → 10k, 100k, 1M users, one child process each
// dotnet run -c Release --project bench/Engine.Bench -- --users 100000 → one size in this process
if (args.Length == 2 && args[0] == "--users")
    return Measure(int.Parse(args[1], CultureInfo.InvariantCulture));

int[] sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000, 1_000_000];
Console.WriteLine($"{BuiltInRules.Descriptors.Count} rules, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine("| users | facts | engine (s) | plain loop (s) | engine / loop | results fail / pass | peak working set (MB) | partial data (s) | partial fail / pass / error | peak with partial (MB) | engine CPU (s) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var size in sizes)
{
    // Each size in its own process, so that the peak working set is that size's alone.
    var host = Environment.ProcessPath!;
    string[] self = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(SyntheticTenant).Assembly.Location] : [];
    var child = Process.Start(new ProcessStartInfo(host, [.. self, "--users", size.ToString(CultureInfo.InvariantCulture)])
    {
        RedirectStandardOutput = true,
    })!;
    Console.WriteLine(child.StandardOutput.ReadToEnd().Trim());
    child.WaitForExit();
}
return 0;

static int Measure(int users)
{
    // Warm up the JIT and NRules' expression compiler on a small tenant so the figures are steady-state.
    new Evaluator(ComplianceConfig.Default).Evaluate(SyntheticTenant.Generate(1_000), BuiltInRules.Create());
    PlainLoop.Run(SyntheticTenant.Generate(1_000), BuiltInRules.Create());

    var snapshot = SyntheticTenant.Generate(users);
    GC.Collect();

    var loopClock = Stopwatch.StartNew();
    var loop = PlainLoop.Run(snapshot, BuiltInRules.Create());
    loopClock.Stop();

    // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var engineClock = Stopwatch.StartNew();
    var result = new Evaluator(ComplianceConfig.Default).Evaluate(snapshot, BuiltInRules.Create());
    engineClock.Stop();
    var engineCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

    var fail = result.Count(Outcome.Fail);
    var pass = result.Count(Outcome.Pass);
    if (loop.Skipped.Count == 0 && (fail != loop.Fail || pass != loop.Pass))
        throw new InvalidOperationException($"engine and loop disagree: engine {fail}/{pass}, loop {loop.Fail}/{loop.Pass}");

    var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
    result = null!;
    GC.Collect();

    // The same organisation read with gaps at every kind of scope: the cost of deciding in three values.
    var partialSnapshot = PartialData.WithGaps(snapshot);
    var partialClock = Stopwatch.StartNew();
    var partial = new Evaluator(ComplianceConfig.Default).Evaluate(partialSnapshot, BuiltInRules.Create());
    partialClock.Stop();
    var partialPeakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
    var skipped = loop.Skipped.Count == 0 ? "" : $" (loop skips {string.Join(", ", loop.Skipped)})";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {users:N0} | {snapshot.Facts.Count:N0} | {engineClock.Elapsed.TotalSeconds:F2} | {loopClock.Elapsed.TotalSeconds:F2} | {engineClock.Elapsed / loopClock.Elapsed:F1}× | {fail:N0} / {pass:N0}{skipped} | {peakMb:N0} | {partialClock.Elapsed.TotalSeconds:F2} | {partial.Count(Outcome.Fail):N0} / {partial.Count(Outcome.Pass):N0} / {partial.Count(Outcome.Error):N0} | {partialPeakMb:N0} | {engineCpu.TotalSeconds:F2} |"));
    return 0;
}
