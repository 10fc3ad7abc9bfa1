using ComplianceEngine.Reports.Integrity;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests.Integrity;

public sealed class ManifestChainTests
{
    [Fact]
    public void The_first_run_in_a_folder_has_no_previous_manifest()
    {
        using var run = new SignedRun(signed: false);

        JsonFile.Parse(File.ReadAllBytes(run.PathOf(ManifestWriter.FileName)))["previousManifestSha256"].ShouldBeNull();
    }

    [Fact]
    public void A_later_run_records_the_hash_of_the_manifest_it_replaces()
    {
        using var run = new SignedRun(signed: false);
        var first = File.ReadAllBytes(run.PathOf(ManifestWriter.FileName));

        run.Write("run-0002");

        var second = JsonFile.Parse(File.ReadAllBytes(run.PathOf(ManifestWriter.FileName)));
        ((string?)second["runId"]).ShouldBe("run-0002");
        ((string?)second["previousManifestSha256"]).ShouldBe(RunInfo.Sha256Of(first));
    }

    [Fact]
    public void A_signed_manifest_names_its_key_and_signature_format()
    {
        using var run = new SignedRun();

        var signature = JsonFile.Parse(File.ReadAllBytes(run.PathOf(ManifestWriter.FileName)))["signature"]!;

        ((string?)signature["file"]).ShouldBe("manifest.sig");
        ((string?)signature["algorithm"]).ShouldBe("ECDSA P-256 SHA-256");
        ((string?)signature["format"]).ShouldBe("base64 DER (RFC 3279)");
        ((string?)signature["publicKeySha256"]).ShouldBe(ManifestSigner.PublicKeySha256(run.Key!));
    }

    [Fact]
    public void An_unsigned_run_removes_an_earlier_runs_signature()
    {
        using var run = new SignedRun();
        File.Exists(run.PathOf(ManifestSigner.SignatureFileName)).ShouldBeTrue();

        ReportSet.WriteAll(Some.Scenario(), Some.Run(), SignedRun.SnapshotBytes, run.Directory);

        File.Exists(run.PathOf(ManifestSigner.SignatureFileName)).ShouldBeFalse();
        ManifestVerifier.Verify(run.Directory, null).Changes.ShouldBeEmpty();
    }

    [Fact]
    public void Additional_files_are_in_the_manifest_and_a_run_without_them_removes_the_old_copy()
    {
        using var run = new SignedRun(signed: false);
        var withPdf = new ReportOptions { AdditionalFiles = [new OutputFile("report.pdf", s => s.Write("%PDF-1.7\n"u8))] };
        ReportSet.WriteAll(Some.Scenario(), Some.Run(), SignedRun.SnapshotBytes, run.Directory, withPdf);
        JsonFile.Parse(File.ReadAllBytes(run.PathOf(ManifestWriter.FileName)))["files"]!.AsArray()
            .Select(f => (string?)f!["name"]).ShouldContain("report.pdf");

        ReportSet.WriteAll(Some.Scenario(), Some.Run(), SignedRun.SnapshotBytes, run.Directory);

        File.Exists(run.PathOf("report.pdf")).ShouldBeFalse();
        ManifestVerifier.Verify(run.Directory, null).Changes.ShouldBeEmpty();
    }
}
