using ComplianceEngine.Reports.Integrity;

namespace ComplianceEngine.Reports.Tests.Integrity;

public sealed class ManifestVerifierTests
{
    public static TheoryData<string> OutputFiles => new(ReportSet.FileNames.Where(n => n != ManifestWriter.FileName));

    [Fact]
    public void An_untouched_signed_folder_verifies()
    {
        using var run = new SignedRun();
        using var key = run.PublicKey();

        var verification = ManifestVerifier.Verify(run.Directory, key);

        verification.Changes.ShouldBeEmpty();
        verification.SignatureVerified.ShouldBeTrue();
        verification.FilesChecked.ShouldBe(6); // results.sarif, evidence.json, report.html, remediation.csv, access-review.csv, snapshot.json
    }

    [Theory]
    [MemberData(nameof(OutputFiles))]
    public void A_byte_changed_in_an_output_file_is_caught_and_named(string name)
    {
        using var run = new SignedRun();
        using var key = run.PublicKey();
        run.FlipByte(name);

        var verification = ManifestVerifier.Verify(run.Directory, key);

        verification.Intact.ShouldBeFalse();
        verification.Changes.ShouldHaveSingleItem().ShouldStartWith($"{name} changed: manifest says sha256");
    }

    [Fact]
    public void Any_byte_changed_in_a_signed_manifest_is_caught_by_the_signature()
    {
        using var run = new SignedRun();
        using var key = run.PublicKey();
        var original = File.ReadAllBytes(run.PathOf(ManifestWriter.FileName));

        // Every 7th byte, one at a time: structure, timestamps, names and hashes alike.
        for (var i = 0; i < original.Length; i += 7)
        {
            run.FlipByte(ManifestWriter.FileName, i);
            var verification = ManifestVerifier.Verify(run.Directory, key);
            verification.Changes.ShouldContain(c => c.StartsWith("manifest.sig does not verify manifest.json"), $"byte {i}");
            File.WriteAllBytes(run.PathOf(ManifestWriter.FileName), original);
        }
    }

    [Fact]
    public void A_changed_signature_is_caught()
    {
        using var run = new SignedRun();
        using var key = run.PublicKey();
        run.FlipByte(ManifestSigner.SignatureFileName, 10);

        ManifestVerifier.Verify(run.Directory, key).Changes.ShouldHaveSingleItem().ShouldStartWith("manifest.sig does not verify");
    }

    [Fact]
    public void Another_key_does_not_verify()
    {
        using var run = new SignedRun();
        using var stranger = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);

        ManifestVerifier.Verify(run.Directory, stranger).Changes.ShouldHaveSingleItem().ShouldContain("another key signed it");
    }

    [Fact]
    public void Without_a_signature_a_changed_hash_in_the_manifest_names_the_file_and_a_note_says_what_cannot_be_checked()
    {
        using var run = new SignedRun(signed: false);
        var manifest = File.ReadAllText(run.PathOf(ManifestWriter.FileName));
        var reportHash = System.Text.RegularExpressions.Regex.Match(manifest, "\"report.html\",\\s*\"sha256\": \"(?<h>[0-9a-f]{64})\"").Groups["h"].Value;
        File.WriteAllText(run.PathOf(ManifestWriter.FileName), manifest.Replace(reportHash, reportHash[..63] + (reportHash[63] == '0' ? '1' : '0'), StringComparison.Ordinal));

        var verification = ManifestVerifier.Verify(run.Directory, publicKey: null);

        verification.Changes.ShouldHaveSingleItem().ShouldStartWith("report.html changed");
        verification.Notes.ShouldHaveSingleItem().ShouldContain("manifest.json is not signed");
    }

    [Fact]
    public void Missing_extra_and_truncated_files_are_named()
    {
        using var run = new SignedRun(signed: false);
        File.Delete(run.PathOf("remediation.csv"));
        File.WriteAllText(run.PathOf("notes.txt"), "added later");

        var changes = ManifestVerifier.Verify(run.Directory, null).Changes;

        changes.ShouldBe(["remediation.csv is missing", "notes.txt is not listed in manifest.json (added after the run)"]);
    }

    [Fact]
    public void A_truncated_manifest_is_a_change()
    {
        using var run = new SignedRun(signed: false);
        var manifest = File.ReadAllBytes(run.PathOf(ManifestWriter.FileName));
        File.WriteAllBytes(run.PathOf(ManifestWriter.FileName), manifest[..(manifest.Length / 2)]);

        ManifestVerifier.Verify(run.Directory, null).Changes.ShouldHaveSingleItem().ShouldContain("manifest.json cannot be read as a manifest");
    }

    [Fact]
    public void A_signature_that_was_removed_is_a_change_when_a_key_is_given()
    {
        using var run = new SignedRun();
        using var key = run.PublicKey();
        File.Delete(run.PathOf(ManifestSigner.SignatureFileName));

        ManifestVerifier.Verify(run.Directory, key).Changes.ShouldHaveSingleItem().ShouldStartWith("manifest.sig is missing");
    }
}
