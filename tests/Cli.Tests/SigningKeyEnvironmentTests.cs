using System.Security.Cryptography;

namespace ComplianceEngine.Cli.Tests;

[Collection(EnvironmentCollection.Name)]
public sealed class SigningKeyEnvironmentTests
{
    [Fact]
    public async Task A_key_in_COMPLIANCE_SIGNING_KEY_signs_the_manifest_and_never_appears_in_any_output()
    {
        using var dir = new TempDir();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = key.ExportPkcs8PrivateKeyPem();
        var publicKey = dir.Write("public.pem", key.ExportSubjectPublicKeyInfoPem());
        CliRun scan;
        using (new EnvironmentVariable("COMPLIANCE_SIGNING_KEY", pem))
            scan = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.File("out"), "--log-level", "debug");

        scan.ExitCode.ShouldBe(ExitCodes.Failures, scan.Stderr);
        File.Exists(dir.File("out/manifest.sig")).ShouldBeTrue();
        (await CliRun.Of("verify", dir.File("out"), "--public-key", publicKey)).ExitCode.ShouldBe(ExitCodes.Success);
        var body = pem.Split('\n')[1];
        foreach (var file in Directory.GetFiles(dir.File("out")))
            File.ReadAllText(file).ShouldNotContain(body);
        (scan.Stdout + scan.Stderr).ShouldNotContain(body);
    }

    [Fact]
    public async Task A_bad_key_in_the_variable_stops_the_scan_with_exit_3_without_echoing_it()
    {
        using var dir = new TempDir();
        CliRun scan;
        using (new EnvironmentVariable("COMPLIANCE_SIGNING_KEY", "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LXZhbHVl\n-----END PRIVATE KEY-----"))
            scan = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.File("out"));

        scan.ExitCode.ShouldBe(ExitCodes.BadInput);
        scan.Stderr.ShouldContain("environment variable COMPLIANCE_SIGNING_KEY: not a PEM-encoded ECDSA key");
        scan.Stderr.ShouldNotContain("c2VjcmV0LXZhbHVl");
        Directory.Exists(dir.File("out")).ShouldBeFalse();
    }
}
