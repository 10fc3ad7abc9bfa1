using System.Diagnostics;
using System.Globalization;
using ComplianceEngine.Bench;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports;
using ComplianceEngine.Rules;

// dotnet run -c Release --project bench/Reports.Bench -- [users...] [--keep DIR]
// Evaluates the synthetic tenant, then times report.html (English and Japanese) and the whole output set.
var keep = args.SkipWhile(a => a != "--keep").Skip(1).FirstOrDefault();
int[] sizes = args.TakeWhile(a => a != "--keep").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(100_000).ToArray();

Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine("| users | results fail / pass | report.html en (MB) | en (s) | ja (MB) | ja (s) | whole output set (s) | all files (MB) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
var warmup = Evaluate(1_000);
HtmlReportWriter.Write(warmup, Run(), Stream.Null);

foreach (var users in sizes)
{
    var result = Evaluate(users);
    var (enBytes, enTime) = Html(result, ReportLanguage.English);
    var (jaBytes, jaTime) = Html(result, ReportLanguage.Japanese);
    var dir = keep ?? Directory.CreateTempSubdirectory("reports-bench-").FullName;
    var snapshotBytes = File.Exists(Path.Combine(dir, "snapshot.json")) ? File.ReadAllBytes(Path.Combine(dir, "snapshot.json")) : [];
    var clock = Stopwatch.StartNew();
    var written = ReportSet.WriteAll(result, Run(), snapshotBytes, dir);
    clock.Stop();
    if (keep is null)
        Directory.Delete(dir, recursive: true);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {users:N0} | {result.Count(Outcome.Fail):N0} / {result.Count(Outcome.Pass):N0} | {enBytes / 1e6:F2} | {enTime:F2} | {jaBytes / 1e6:F2} | {jaTime:F2} | {clock.Elapsed.TotalSeconds:F2} | {written.Sum(w => w.Size) / 1e6:F1} |"));
}
return 0;

static EvaluationResult Evaluate(int users) =>
    new Evaluator(ComplianceConfig.Default).Evaluate(SyntheticTenant.Generate(users), BuiltInRules.Create());

static (long Bytes, double Seconds) Html(EvaluationResult result, ReportLanguage language)
{
    using var counter = new MemoryStream();
    var clock = Stopwatch.StartNew();
    HtmlReportWriter.Write(result, Run(), counter, new ReportOptions { Language = language });
    clock.Stop();
    return (counter.Length, clock.Elapsed.TotalSeconds);
}

static RunInfo Run() => new()
{
    ToolVersion = "bench",
    RunId = "bench",
    StartedAt = SyntheticTenant.Now,
    FinishedAt = SyntheticTenant.Now,
    ConfigSha256 = ComplianceConfig.Default.Sha256,
    SnapshotSha256 = new string('0', 64),
};
