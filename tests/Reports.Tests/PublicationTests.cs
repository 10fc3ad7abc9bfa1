using System.Text;
using ComplianceEngine.Reports.Integrity;
using ComplianceEngine.Reports.Internal;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

/// <summary>#13.12 and #13.15: publishing is all or nothing, whichever rename fails, and what a killed run leaves is
/// finished or undone and cleaned by the next run.</summary>
[Collection(nameof(PublicationTests))]
public sealed class PublicationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reports-publish-").FullName;

    public void Dispose()
    {
        Publication.BeforeCommit = null;
        Directory.Delete(_dir, recursive: true);
    }

    private Dictionary<string, byte[]> Files() =>
        Directory.GetFiles(_dir).ToDictionary(p => Path.GetFileName(p)!, File.ReadAllBytes);

    private IReadOnlyList<WrittenFile> Publish(string runId, bool pdf = false) =>
        ReportSet.WriteAll(Some.Scenario(), Some.Run(runId), "{\"snapshot\":1}"u8.ToArray(), _dir,
            pdf ? new ReportOptions { AdditionalFiles = [new OutputFile("report.pdf", s => s.Write("%PDF"u8))] } : null);

    public static TheoryData<string> EveryFile => new() { "results.sarif", "evidence.json", "report.html", "remediation.csv", "snapshot.json", "report.pdf", "manifest.json" };

    [Theory]
    [MemberData(nameof(EveryFile))]
    public void A_rename_that_fails_at_any_file_leaves_the_previous_run_exactly_as_it_was(string failing)
    {
        Publish("run-1", pdf: failing != "report.pdf");
        var before = Files();
        Publication.BeforeCommit = name => { if (name == failing) throw new IOException($"rename of {name} failed"); };

        Should.Throw<IOException>(() => Publish("run-2", pdf: true)).Message.ShouldContain(failing);

        var after = Files();
        after.Keys.Order().ShouldBe(before.Keys.Order());
        foreach (var (name, bytes) in before)
            after[name].ShouldBe(bytes, name);
        ManifestVerifier.Verify(_dir, null).Intact.ShouldBeTrue();
    }

    [Fact]
    public void Leftovers_of_a_killed_run_are_removed_by_the_next_one()
    {
        Publish("run-1");
        var id = Guid.NewGuid().ToString("N");
        foreach (var name in new[] { $".report.html.{id}.tmp", $".evidence.json.{Guid.NewGuid():N}.tmp", $".results.sarif.{id}.bak" })
            File.WriteAllText(Path.Combine(_dir, name), "left by a killed run");
        File.WriteAllText(Path.Combine(_dir, ".keep-me"), "not ours");

        Publish("run-2");

        Directory.GetFiles(_dir, ".*").Select(Path.GetFileName).ShouldBe([".keep-me"]);
    }

    [Fact]
    public void A_run_killed_half_way_through_renaming_is_undone_before_the_next_publishes()
    {
        Publish("run-1");
        var oldManifest = Files()["manifest.json"];
        // What a kill -9 after two renames leaves: a journal, backups of the old files, two new files in place,
        // the rest (the manifest among them) still staged.
        var id = Guid.NewGuid().ToString("N");
        var names = new[] { "results.sarif", "evidence.json", "report.html", "remediation.csv", "snapshot.json", "manifest.json" };
        File.WriteAllLines(Path.Combine(_dir, $".publish.{id}.journal"), names.Select(n => "+" + n).Append("-manifest.sig").Append("-report.pdf"));
        foreach (var name in names)
            File.Move(Path.Combine(_dir, name), Path.Combine(_dir, $".{name}.{id}.bak"));
        foreach (var name in names[..2])
            File.WriteAllText(Path.Combine(_dir, name), "new, from the killed run");
        foreach (var name in names[2..])
            File.WriteAllText(Path.Combine(_dir, $".{name}.{id}.tmp"), "staged by the killed run");

        Publish("run-2");

        var manifest = Encoding.UTF8.GetString(Files()["manifest.json"]);
        manifest.ShouldContain(RunInfo.Sha256Of(oldManifest));
        Directory.GetFiles(_dir, ".*").ShouldBeEmpty();
        ManifestVerifier.Verify(_dir, null).Intact.ShouldBeTrue();
    }
}
