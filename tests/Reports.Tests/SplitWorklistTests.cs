using System.Text;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Integrity;
using ComplianceEngine.Reports.Internal.Worklist;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

/// <summary><c>--split-by source</c>: one worklist per source beside remediation.csv, safely named, in the manifest.</summary>
public sealed class SplitWorklistTests : IDisposable
{
    private static readonly byte[] SnapshotBytes = Encoding.UTF8.GetBytes("{}\n");
    private readonly string _dir = Path.Combine(Directory.CreateTempSubdirectory("reports-split-").FullName, "out");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_dir)!, recursive: true);

    /// <summary>Two sources: azure:contoso with the scenario's failures, and a second one with one failure of its own.</summary>
    private static Engine.Evaluation.EvaluationResult TwoSources()
    {
        var other = Some.SourceStatus("azure:fabrikam/東京") with { Scope = "sub-2", DisplayName = "Fabrikam" };
        var resources = new[]
        {
            Some.Resource("virginia", "eastus", "US"), Some.Resource("tokyo-a"),
            Some.Resource("oregon", "westus", "US", source: other.Id) with { Scope = "sub-2", Id = "/subscriptions/sub-2/providers/x/oregon" },
        };
        return Some.Evaluate(Some.Snapshot(resources, Some.SourceStatus(), other));
    }

    private IReadOnlyList<WrittenFile> Write(bool split) =>
        ReportSet.WriteAll(TwoSources(), Some.Run(), SnapshotBytes, _dir, new ReportOptions { SplitRemediationBySource = split });

    [Fact]
    public void Each_source_gets_a_worklist_with_only_its_own_failures_and_every_one_is_in_the_manifest()
    {
        var written = Write(split: true);

        written.Select(w => w.Name).ShouldContain("remediation-azure_contoso.csv");
        written.Select(w => w.Name).ShouldContain("remediation-azure_fabrikam___.csv");
        var contoso = Worklist.Rows(File.ReadAllBytes(Path.Combine(_dir, "remediation-azure_contoso.csv")));
        var fabrikam = Worklist.Rows(File.ReadAllBytes(Path.Combine(_dir, "remediation-azure_fabrikam___.csv")));
        contoso.Select(r => r["Resource name"]).ShouldBe(["virginia"]);
        fabrikam.Select(r => (r["Resource name"], r["Source ID"], r["Scope name"])).ShouldBe([("oregon", "azure:fabrikam/東京", "Fabrikam")]);
        Worklist.Rows(File.ReadAllBytes(Path.Combine(_dir, "remediation.csv"))).Count.ShouldBe(2);
        ManifestVerifier.Verify(_dir, null).Changes.ShouldBeEmpty();
    }

    [Fact]
    public void A_later_run_without_the_split_removes_the_earlier_worklists_so_verify_stays_clean()
    {
        Write(split: true);

        Write(split: false);

        Directory.GetFiles(_dir).Select(Path.GetFileName).ShouldNotContain(n => n!.StartsWith("remediation-", StringComparison.Ordinal));
        ManifestVerifier.Verify(_dir, null).Changes.ShouldBeEmpty();
    }

    [Fact]
    public void File_names_are_plain_safe_deterministic_and_unique()
    {
        string[] ids = ["aws:123456789012", "../../etc/passwd", "entra:a.onmicrosoft.com", "X:Y", "x:y", "", new string('a', 300), ".hidden"];

        var names = WorklistFileNames.For(ids);

        names.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(ids.Length);
        names.Values.ShouldAllBe(n => n.StartsWith("remediation-") && n.EndsWith(".csv") && n.Length <= 110
                                      && n.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '-'));
        names.Values.ShouldAllBe(n => WorklistFileNames.IsWorklist(n));
        names["aws:123456789012"].ShouldBe("remediation-aws_123456789012.csv");
        names["../../etc/passwd"].ShouldBe("remediation-.._.._etc_passwd.csv");
        names["X:Y"].ShouldNotBe(names["x:y"]);
        WorklistFileNames.For(ids).ShouldBe(names);
    }
}
