using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

public sealed class ScanTests
{
    [Fact]
    public async Task Scanning_the_sample_writes_the_six_files_prints_a_summary_and_exits_1()
    {
        using var dir = new TempDir();

        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.Path);

        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stderr);
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order().ShouldBe(
            ["access-review.csv", "evidence.json", "manifest.json", "remediation.csv", "report.html", "results.sarif", "snapshot.json"]);
        run.Stdout.ShouldContain("ENT-MFA-01");
        run.Stdout.ShouldContain("Result: FAIL");
        run.Stdout.ShouldContain("expired on 2026-10-31");
        File.ReadAllBytes(dir.File("snapshot.json")).ShouldBe(File.ReadAllBytes(CliRun.Sample));
    }

    [Fact]
    public async Task Fail_on_never_exits_0_when_the_run_is_complete()
    {
        using var dir = new TempDir();

        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.Path, "--fail-on", "never");

        run.ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public async Task A_failed_source_gives_errors_exit_2_and_an_unsuccessful_sarif_run_never_a_pass()
    {
        using var dir = new TempDir();
        var snapshot = dir.SampleWith(s =>
        {
            foreach (var aws in s["sources"]!.AsArray().Where(x => (string)x!["provider"]! == "aws"))
            {
                aws!["status"] = "failed";
                aws["reason"] = "AccessDenied: sts:GetCallerIdentity";
            }
        });

        var run = await CliRun.Of("scan", "--snapshot", snapshot, "--config", CliRun.RulesJson, "--out", dir.File("out"));

        run.ExitCode.ShouldBe(ExitCodes.Incomplete);
        run.Stdout.ShouldContain("INCOMPLETE");
        var sarif = JsonNode.Parse(File.ReadAllText(dir.File("out/results.sarif")))!;
        var runNode = sarif["runs"]![0]!;
        ((bool)runNode["invocations"]![0]!["executionSuccessful"]!).ShouldBeFalse();
        var awsRules = runNode["results"]!.AsArray().Where(r => ((string)r!["ruleId"]!).StartsWith("AWS-") || ((string)r!["ruleId"]!).StartsWith("LOC-AWS-")).ToList();
        awsRules.ShouldNotBeEmpty();
        awsRules.ShouldAllBe(r => (string)r!["properties"]!["outcome"]! == "error");
    }

    [Fact]
    public async Task Without_a_snapshot_or_sources_the_bundled_sample_is_scanned()
    {
        using var dir = new TempDir();
        var config = dir.Write("rules.json", "{}");

        var run = await CliRun.Of("scan", "--config", config, "--out", dir.File("out"));

        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stderr);
        run.Stdout.ShouldContain("the bundled sample tenant");
        run.Stderr.ShouldContain("scanning the bundled sample tenant");
    }

    [Fact]
    public async Task A_bad_snapshot_exits_3_names_the_place_and_leaves_the_previous_evidence_intact()
    {
        using var dir = new TempDir();
        var outDir = dir.File("out");
        (await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", outDir)).ExitCode.ShouldBe(ExitCodes.Failures);
        var before = Directory.GetFiles(outDir).ToDictionary(f => Path.GetFileName(f)!, f => Convert.ToHexString(File.ReadAllBytes(f)));
        var broken = dir.SampleWith(s => s["facts"]!["awsAccounts"]![0]!["rootMfaEnabled"] = "yes");

        var run = await CliRun.Of("scan", "--snapshot", broken, "--config", CliRun.RulesJson, "--out", outDir);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Stderr.ShouldContain("$.facts.awsAccounts[0].rootMfaEnabled");
        Directory.GetFiles(outDir).ToDictionary(f => Path.GetFileName(f)!, f => Convert.ToHexString(File.ReadAllBytes(f))).ShouldBe(before);
    }

    [Fact]
    public async Task Json_logs_are_one_compact_event_per_line_on_stderr()
    {
        using var dir = new TempDir();

        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.Path, "--log-format", "json");

        var events = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        events.ShouldContain(e => (string?)e["@mt"] == "Scan finished with exit code {ExitCode}" && (int)e["ExitCode"]! == 1);
    }

    [Fact]
    public async Task Two_scans_of_the_same_input_give_the_same_results()
    {
        using var dir = new TempDir();
        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.File("a"), "--no-history");
        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.File("b"), "--no-history");

        File.ReadAllText(dir.File("a/remediation.csv")).ShouldBe(File.ReadAllText(dir.File("b/remediation.csv")));
        static JsonNode Results(string path) => JsonNode.Parse(File.ReadAllText(path))!["runs"]![0]!["results"]!;
        Results(dir.File("a/results.sarif")).ToJsonString().ShouldBe(Results(dir.File("b/results.sarif")).ToJsonString());
    }
}
