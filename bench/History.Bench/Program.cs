using System.Diagnostics;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.History;
using ComplianceEngine.History.Bench;

// Records N nights of a synthetic tenant (results across 20 rules, 2% failing, 1% of them changing each night),
// then measures the comparison with the baseline, a diff and the pass-rate queries.
//   dotnet run -c Release --project bench/History.Bench -- [results per run, default 1000000] [nights, default 3] [postgresql://… URL]
// Without a URL it runs on a SQLite file in a temporary folder; with one, in a fresh schema of that database (dropped after).
// With "record LOCATION N [SCOPE]" it records one run of N results into LOCATION (a file or a URL) and exits: the writer
// process the kill and concurrent-writer tests start.
var recordOnly = args.Length is 3 or 4 && args[0] == "record";
var perRun = recordOnly ? int.Parse(args[2]) : args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
var nights = recordOnly ? 1 : args.Length > 1 ? int.Parse(args[1]) : 3;
var scope = recordOnly && args.Length == 4 ? args[3] : "entra:bench";

if (recordOnly)
{
    using var writer = HistoryStore.Open(HistoryStore.IsServer(args[1]) ? args[1] : Path.GetFullPath(args[1]));
    writer.Record(RunOf(0), Night(0));
    return;
}

IEnumerable<ResultRecord> Night(int night)
{
    for (var i = 0; i < perRun; i++)
    {
        var failing = (i % 50 == 0) ^ (i % 100 == night % 100 && i % 7 == 0);
        yield return new ResultRecord($"BEN-RULE-{i % 20:D2}", $"entra/bench/user/{i / 20:D8}", $"user{i / 20}@bench.example",
            failing ? Outcome.Fail : Outcome.Pass, Severity.Error);
    }
}

RunRecord RunOf(int night) => new()
{
    RunId = Guid.NewGuid().ToString("N"),
    Scope = scope,
    StartedAt = DateTimeOffset.UtcNow,
    FinishedAt = DateTimeOffset.UtcNow.AddDays(night),
    Complete = true,
    ConfigSha256 = new string('c', 64),
    SnapshotSha256 = new string('s', 64),
    Rules = Enumerable.Range(0, 20).Select(r => new RuleRecord($"BEN-RULE-{r:D2}", Severity.Error, perRun / 20, 0, 0, 0, 0,
        [new ControlReference(ControlReference.Iso27001, $"A.8.{r % 5}")])).ToList(),
};

using var target = BenchStore.Create(args.Length > 2 ? args[2] : null);
Console.WriteLine($"{target.Kind}: {perRun:N0} results per run, {nights} runs");
var store = HistoryStore.Open(target.Location);
for (var night = 0; night < nights; night++)
{
    var clock = Stopwatch.StartNew();
    var drift = store.CompareWithBaseline(scope, Night(night));
    var compared = clock.Elapsed;
    store.Record(RunOf(night), Night(night));
    Console.WriteLine($"night {night}: compare {compared.TotalSeconds:F2} s ({drift.Changes.Count} changes), record {(clock.Elapsed - compared).TotalSeconds:F2} s, " +
                      $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
}
var runs = store.Runs();
var timer = Stopwatch.StartNew();
if (runs.Count > 1)
{
    var diff = store.Diff(runs[1], runs[0]);
    Console.WriteLine($"diff of the last two runs: {timer.Elapsed.TotalSeconds:F2} s ({diff.Changes.Count} changes)");
}
timer.Restart();
var controls = store.ControlPassRates(scope, 30);
Console.WriteLine($"control pass rates over {controls[0].Points.Count} runs: {timer.Elapsed.TotalMilliseconds:F0} ms");
timer.Restart();
store.LatestRuns();
Console.WriteLine($"latest run of every source set (status): {timer.Elapsed.TotalMilliseconds:F0} ms");
store.Dispose();
Console.WriteLine($"history size after {nights} runs: {target.SizeInMiB():F1} MiB");
