using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

public sealed class VerifyTests
{
    private static async Task<string> Scan(TempDir dir, string? config = null)
    {
        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config ?? CliRun.RulesJson, "--out", dir.File("out"));
        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stderr);
        return dir.File("out");
    }

    /// <summary>rules.json with output.signingKeyPath pointing at a fresh P-256 key beside it; returns the public key file.</summary>
    private static (string Config, string PublicKey) SigningConfig(TempDir dir)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        dir.Write("signing.pem", key.ExportPkcs8PrivateKeyPem());
        var publicKey = dir.Write("public.pem", key.ExportSubjectPublicKeyInfoPem());
        var config = JsonNode.Parse(File.ReadAllText(CliRun.RulesJson))!;
        config["$schema"] = Repository.PathOf("rules.schema.json");
        config["output"]!["signingKeyPath"] = "signing.pem";
        return (dir.Write("rules.json", config.ToJsonString()), publicKey);
    }

    private static void FlipByte(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 3] ^= 0x20;
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public async Task An_untouched_output_folder_verifies_with_exit_0()
    {
        using var dir = new TempDir();
        var outDir = await Scan(dir);

        var verify = await CliRun.Of("verify", outDir);

        verify.ExitCode.ShouldBe(ExitCodes.Success, verify.Stdout);
        verify.Stdout.ShouldContain("OK: 6 files match manifest.json.");
        verify.Stdout.ShouldContain("note: manifest.json is not signed");
    }

    [Theory]
    [InlineData("results.sarif")]
    [InlineData("evidence.json")]
    [InlineData("report.html")]
    [InlineData("remediation.csv")]
    [InlineData("snapshot.json")]
    [InlineData("manifest.json")]
    [InlineData("manifest.sig")]
    public async Task A_byte_edited_in_any_file_of_a_signed_run_exits_1_naming_it(string name)
    {
        using var dir = new TempDir();
        var (config, publicKey) = SigningConfig(dir);
        var outDir = await Scan(dir, config);
        (await CliRun.Of("verify", outDir, "--public-key", publicKey)).Stdout.ShouldContain("signature valid");

        FlipByte(Path.Combine(outDir, name));
        var verify = await CliRun.Of("verify", outDir, "--public-key", publicKey);

        verify.ExitCode.ShouldBe(ExitCodes.Changed);
        verify.Stdout.ShouldContain($"CHANGED: {(name.StartsWith("manifest.") ? "manifest.sig does not verify manifest.json" : name + " changed")}");
        verify.Stdout.ShouldContain("FAILED:");
    }

    [Fact]
    public async Task A_signed_run_chains_to_the_previous_manifest_in_the_folder()
    {
        using var dir = new TempDir();
        var (config, publicKey) = SigningConfig(dir);
        var outDir = await Scan(dir, config);
        var first = File.ReadAllBytes(Path.Combine(outDir, "manifest.json"));

        await Scan(dir, config);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!;
        ((string?)manifest["previousManifestSha256"]).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(first)));
        (await CliRun.Of("verify", outDir, "--public-key", publicKey)).ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public async Task A_signing_key_path_that_does_not_exist_stops_the_scan_with_exit_3()
    {
        using var dir = new TempDir();
        var (config, _) = SigningConfig(dir);
        File.Delete(dir.File("signing.pem"));

        var scan = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", dir.File("out"));

        scan.ExitCode.ShouldBe(ExitCodes.BadInput);
        scan.Stderr.ShouldContain($"{dir.File("signing.pem")}: the key file does not exist");
    }

    [Fact]
    public async Task A_missing_folder_or_an_unreadable_key_is_bad_usage()
    {
        using var dir = new TempDir();
        var outDir = await Scan(dir);
        var notAKey = dir.Write("not-a-key.pem", "hello");

        (await CliRun.Of("verify", dir.File("nowhere"))).ExitCode.ShouldBe(ExitCodes.BadInput);
        (await CliRun.Of("verify", outDir, "--public-key", notAKey)).ExitCode.ShouldBe(ExitCodes.BadInput);
        (await CliRun.Of("verify")).ExitCode.ShouldBe(ExitCodes.BadInput);
    }
}
