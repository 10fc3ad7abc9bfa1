using System.Text;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests.Hardening;

/// <summary>#13.2: a secret echoed into an error body reaches no sink: stdout, stderr, any output, the history.</summary>
public sealed class SecretRedactionTests : IDisposable
{
    private const string KnownSecretVariable = "COMPLIANCE_TEST_CLIENT_SECRET";
    private static readonly string KnownSecret = "kS3cr3t-" + Guid.NewGuid().ToString("N");
    private static readonly string Jwt = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjb2xsZWN0b3IifQ." + Guid.NewGuid().ToString("N");
    private static readonly string AmzToken = "FwoGZXIvYXdzE" + Guid.NewGuid().ToString("N") + "/+AbCd==";
    private readonly TempDir _dir = new();

    public SecretRedactionTests() => Environment.SetEnvironmentVariable(KnownSecretVariable, KnownSecret);

    public static TheoryData<string> Echoes => new()
    {
        $"403 Forbidden: request headers: Authorization: Bearer {Jwt}",
        $"proxy said {{\"headers\":{{\"authorization\":\"Bearer {Jwt}\",\"x-amz-security-token\":\"{AmzToken}\"}}}}",
        $"400 InvalidToken: X-Amz-Security-Token={Uri.EscapeDataString(AmzToken)}&X-Amz-Date=20261125T020000Z",
        $"400 X-Amz-Security-Token: {AmzToken}",
        $"401 invalid client secret '{KnownSecret}' (AADSTS7000215)",
        $"401 token {Jwt.Split('.')[0]}.{Jwt.Split('.')[1]}.{Jwt.Split('.')[2]} expired",
    };

    [Theory]
    [MemberData(nameof(Echoes))]
    public async Task An_echoed_secret_in_any_reason_reaches_no_output_no_log_and_not_the_history(string reason)
    {
        var snapshot = _dir.Write("echo.snapshot.json", WithReason(reason).ToJsonString());
        var history = _dir.File("history.db");

        var scan = await CliRun.Of("scan", "--snapshot", snapshot, "--config", CliRun.RulesJson, "--out", _dir.File("out"),
            "--history", history, "--log-level", "debug");
        var diff = await CliRun.Of("diff", "--history", history);

        scan.ExitCode.ShouldBe(ExitCodes.Incomplete, scan.Stderr);
        scan.Stdout.ShouldContain("[redacted]");
        var everything = new StringBuilder(scan.Stdout).Append(scan.Stderr).Append(diff.Stdout).Append(diff.Stderr);
        foreach (var file in Directory.GetFiles(_dir.File("out")))
            everything.Append(File.ReadAllText(file));
        everything.Append(Encoding.UTF8.GetString(File.ReadAllBytes(history)));
        var text = everything.ToString();
        foreach (var secret in new[] { KnownSecret, Jwt, AmzToken, Uri.EscapeDataString(AmzToken), Jwt.Split('.')[2] })
            text.ShouldNotContain(secret);
    }

    // The reason on the source, a dataset and a scope gap: every place a collector records outside text.
    private static JsonNode WithReason(string reason)
    {
        var node = JsonNode.Parse(File.ReadAllText(Repository.PathOf("samples", "sample-tenant-partial.snapshot.json")))!;
        foreach (var source in node["sources"]!.AsArray())
        {
            foreach (var dataset in source!["datasets"]!.AsArray())
            {
                if (dataset!["status"]!.GetValue<string>() != "complete")
                    dataset["reason"] = reason;
                foreach (var gap in dataset["gaps"]?.AsArray() ?? [])
                    gap!["reason"] = reason;
            }
        }
        var failed = node["sources"]!.AsArray().First(s => s!["status"]!.GetValue<string>() == "complete")!;
        failed["status"] = "failed";
        failed["reason"] = reason;
        return node;
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(KnownSecretVariable, null);
        _dir.Dispose();
    }
}
