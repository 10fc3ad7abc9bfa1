using System.Diagnostics;
using System.Globalization;
using ComplianceEngine.Bench;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Rules;

// dotnet run -c Release --project bench/Engine.Bench                   → 10k, 100k, 1M users
// dotnet run -c Release --project bench/Engine.Bench -- 1000000        → one size
// … -- --users 100000 [--partial]                                       → one measurement in this process
if (args.Length >= 2 && args[0] == "--users")
{
    var users = int.Parse(args[1], CultureInfo.InvariantCulture);
    return args.Length == 3 && args[2] == "--partial" ? MeasurePartial(users) : Measure(users);
}

int[] sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000, 1_000_000];
Console.WriteLine($"{BuiltInRules.Descriptors.Count} rules, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine("| users | facts | engine (s) | plain loop (s) | engine / loop | results fail / pass | peak working set (MB) | engine CPU (s) | partial data (s) | partial fail / pass / error | peak with partial (MB) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var size in sizes)
{
    // Each measurement in its own process, so that a peak working set is that run's alone: a scan evaluates one
    // snapshot, so the partial-data run must not also carry the complete run's garbage.
    var complete = Child(size, partial: false);
    var partial = Child(size, partial: true);
    Console.WriteLine($"{complete} {partial} |");
}
return 0;

static string Child(int users, bool partial)
{
    var host = Environment.ProcessPath!;
    string[] self = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(SyntheticTenant).Assembly.Location] : [];
    string[] mode = partial ? ["--partial"] : [];
    var child = Process.Start(new ProcessStartInfo(host, [.. self, "--users", users.ToString(CultureInfo.InvariantCulture), .. mode])
    {
        RedirectStandardOutput = true,
    })!;
    var line = child.StandardOutput.ReadToEnd().Trim();
    child.WaitForExit();
    return line;
}

static void WarmUp()
{
    // The JIT and NRules' expression compiler warmed on a small tenant, so the figures are steady-state.
    new Evaluator(ComplianceConfig.Default).Evaluate(SyntheticTenant.Generate(1_000), BuiltInRules.Create());
    PlainLoop.Run(SyntheticTenant.Generate(1_000), BuiltInRules.Create());
}

static int Measure(int users)
{
    WarmUp();
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
    var skipped = loop.Skipped.Count == 0 ? "" : $" (loop skips {string.Join(", ", loop.Skipped)})";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {users:N0} | {snapshot.Facts.Count:N0} | {engineClock.Elapsed.TotalSeconds:F2} | {loopClock.Elapsed.TotalSeconds:F2} | {engineClock.Elapsed / loopClock.Elapsed:F1}× | {fail:N0} / {pass:N0}{skipped} | {peakMb:N0} | {engineCpu.TotalSeconds:F2} |"));
    return 0;
}

// The same organisation read with gaps at every kind of scope: the cost of deciding in three values.
static int MeasurePartial(int users)
{
    WarmUp();
    var partialSnapshot = PartialData.WithGaps(SyntheticTenant.Generate(users));
    GC.Collect();

    var partialClock = Stopwatch.StartNew();
    var partial = new Evaluator(ComplianceConfig.Default).Evaluate(partialSnapshot, BuiltInRules.Create());
    partialClock.Stop();
    var partialPeakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{partialClock.Elapsed.TotalSeconds:F2} | {partial.Count(Outcome.Fail):N0} / {partial.Count(Outcome.Pass):N0} / {partial.Count(Outcome.Error):N0} | {partialPeakMb:N0}"));
    return 0;
}
