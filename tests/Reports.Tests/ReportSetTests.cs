using System.Text;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

public sealed class ReportSetTests : IDisposable
{
    private static readonly byte[] SnapshotBytes = Encoding.UTF8.GetBytes("{\"formatVersion\":1,\"collectedAt\":\"2026-11-25T02:00:00Z\"}\n");
    private readonly string _root = Directory.CreateTempSubdirectory("reports-set-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string WriteRun(string name, RunInfo run)
    {
        var dir = Path.Combine(_root, name);
        ReportSet.WriteAll(Some.Scenario(passLimit: 2), run, SnapshotBytes, dir);
        return dir;
    }

    [Fact]
    public void Writes_the_six_files_and_no_temporary_ones()
    {
        var dir = WriteRun("out", Some.Run());

        Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["access-review.csv", "evidence.json", "manifest.json", "remediation.csv", "report.html", "results.sarif", "snapshot.json"]);
        File.ReadAllBytes(Path.Combine(dir, "snapshot.json")).ShouldBe(SnapshotBytes);
    }

    [Fact]
    public void The_manifest_holds_the_hash_and_size_of_every_other_file()
    {
        var dir = WriteRun("out", Some.Run());

        var manifest = JsonFile.Parse(File.ReadAllBytes(Path.Combine(dir, "manifest.json")));

        ((string?)manifest["runId"]).ShouldBe("run-0001");
        ((string?)manifest["toolVersion"]).ShouldBe("0.1.0");
        var files = manifest["files"]!.AsArray();
        files.Select(f => (string?)f!["name"]).ShouldBe(["access-review.csv", "evidence.json", "remediation.csv", "report.html", "results.sarif", "snapshot.json"]);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(dir, (string)file!["name"]!));
            ((string?)file["sha256"]).ShouldBe(RunInfo.Sha256Of(bytes));
            ((long?)file["size"]).ShouldBe(bytes.Length);
        }
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        var first = WriteRun("first", Some.Run());
        var second = WriteRun("second", Some.Run());

        foreach (var name in ReportSet.FileNames)
            File.ReadAllBytes(Path.Combine(second, name)).ShouldBe(File.ReadAllBytes(Path.Combine(first, name)), name);
    }

    [Fact]
    public void Another_run_of_the_same_input_differs_only_in_run_id_and_times()
    {
        var later = Some.Run("run-0002") with
        {
            StartedAt = Some.Run().StartedAt.AddDays(1),
            FinishedAt = Some.Run().FinishedAt.AddDays(1),
        };
        var first = WriteRun("first", Some.Run());
        var second = WriteRun("second", later);

        foreach (var name in new[] { "results.sarif", "evidence.json", "remediation.csv" })
        {
            var text = File.ReadAllText(Path.Combine(second, name))
                .Replace("run-0002", "run-0001", StringComparison.Ordinal)
                .Replace("2026-11-26T02:00:", "2026-11-25T02:00:", StringComparison.Ordinal);
            text.ShouldBe(File.ReadAllText(Path.Combine(first, name)), name);
        }
    }
}
