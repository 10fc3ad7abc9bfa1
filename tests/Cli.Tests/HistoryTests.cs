using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

/// <summary>Nightly runs against one history: drift in the summary, evidence and SARIF; --fail-on-new; history and diff.</summary>
public sealed class HistoryTests : IDisposable
{
    private const string UserKeyPrefix = "entra/4f6e8d2a-7c1b-4e5f-9a3d-2b8c6e1f0a57/user/a1b2c3d4-0000-4000-8000-0000000000";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string History => _dir.File("history.db");

    private Task<CliRun> Scan(string snapshot, string outName, params string[] extra) =>
        CliRun.Of(["scan", "--snapshot", snapshot, "--config", CliRun.RulesJson, "--out", _dir.File(outName), "--history", History, .. extra]);

    /// <summary>The sample a night later: user 33 (kiosk01) registered MFA, user 10 lost it, IAM user bob.dev was deleted.</summary>
    private string NextNight() => _dir.SampleWith(s =>
    {
        var users = s["facts"]!["entraUsers"]!.AsArray();
        var fixedUser = users.Single(u => ((string)u!["id"]!).EndsWith("0033"))!;
        fixedUser["mfa"] = JsonNode.Parse("""{ "isMfaRegistered": true, "isMfaCapable": true, "methodsRegistered": ["microsoftAuthenticatorPush"] }""");
        users.Single(u => ((string)u!["id"]!).EndsWith("0010"))!["mfa"] =
            JsonNode.Parse("""{ "isMfaRegistered": false, "isMfaCapable": false, "methodsRegistered": [] }""");
        var iam = s["facts"]!["awsIamUsers"]!.AsArray();
        iam.Remove(iam.Single(u => ((string)u!["userName"]!) == "bob.dev"));
    });

    [Fact]
    public async Task The_second_night_reports_regressed_and_resolved_results_in_the_summary_evidence_and_sarif()
    {
        (await Scan(CliRun.Sample, "night1")).Stdout.ShouldContain("First run of these sources in the history");

        var night2 = await Scan(NextNight(), "night2");

        night2.Stdout.ShouldContain("0 new failing, 1 regressed, 3 resolved, 132 still failing");
        night2.Stdout.ShouldContain($"regressed  ENT-MFA-01");
        var drift = JsonNode.Parse(File.ReadAllText(_dir.File("night2/evidence.json")))!["drift"]!;
        ((int)drift["regressions"]!, (int)drift["resolved"]!, (int)drift["new"]!).ShouldBe((1, 3, 0));
        drift["changes"]!.AsArray().Select(c => (string)c!["state"]!).Order().ShouldBe(["regression", "resolved", "resolved", "resolved"]);

        var results = JsonNode.Parse(File.ReadAllText(_dir.File("night2/results.sarif")))!["runs"]![0]!["results"]!.AsArray();
        string StateOf(string rule, string keySuffix) => (string)results.Single(r => (string)r!["ruleId"]! == rule
            && ((string)r!["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]!).EndsWith(keySuffix))!["baselineState"]!;
        StateOf("ENT-MFA-01", UserKeyPrefix + "10").ShouldBe("updated");
        StateOf("ENT-MFA-01", UserKeyPrefix + "33").ShouldBe("updated");
        StateOf("ENT-MFA-01", UserKeyPrefix + "34").ShouldBe("unchanged");
        StateOf("AWS-IAM-01", "user/bob.dev").ShouldBe("absent");
        results.ShouldAllBe(r => r!["baselineState"] != null);
    }

    [Fact]
    public async Task Fail_on_new_exits_0_for_known_failures_and_1_for_a_failure_new_since_the_previous_run()
    {
        (await Scan(CliRun.Sample, "night1")).ExitCode.ShouldBe(ExitCodes.Failures);

        var unchanged = await Scan(CliRun.Sample, "night2", "--fail-on-new");
        var regressed = await Scan(NextNight(), "night3", "--fail-on-new");

        unchanged.ExitCode.ShouldBe(ExitCodes.Success, unchanged.Stdout);
        unchanged.Stdout.ShouldContain("no failing result at or above 'error' new since run");
        regressed.ExitCode.ShouldBe(ExitCodes.Failures);
        regressed.Stdout.ShouldContain("1 failing result(s) at or above 'error' new since run");
    }

    [Fact]
    public async Task History_lists_the_runs_and_diff_shows_what_changed_between_the_last_two()
    {
        await Scan(CliRun.Sample, "night1");
        await Scan(NextNight(), "night2");

        var history = await CliRun.Of("history", "--history", History);
        var diff = await CliRun.Of("diff", "--history", History);

        history.ExitCode.ShouldBe(ExitCodes.Success);
        history.Stdout.Split('\n').Count(l => l.Contains("aws:109876543210,aws:210987654321,aws:310987654321,azure:sample-dev,azure:sample-prod,entra:sample-sub.onmicrosoft.com,entra:sample.onmicrosoft.com")).ShouldBe(2);
        diff.ExitCode.ShouldBe(ExitCodes.Success, diff.Stderr);
        diff.Stdout.ShouldContain("0 new failing, 1 regressed, 3 resolved, 132 still failing");
        diff.Stdout.ShouldContain("resolved   AWS-IAM-01   bob.dev");
        diff.Stdout.ShouldContain("fail → gone");
    }

    [Fact]
    public async Task A_recorded_run_carries_the_run_id_of_the_outputs_its_exit_code_hashes_and_sources()
    {
        var scan = await Scan(CliRun.Sample, "night1");

        var evidence = JsonNode.Parse(File.ReadAllText(_dir.File("night1/evidence.json")))!;
        var run = JsonNode.Parse((await CliRun.Of("history", "--history", History, "--format", "json")).Stdout)!.AsArray().Single()!;
        ((string)run["runId"]!).ShouldBe((string)evidence["run"]!["runId"]!);
        ((int)run["exitCode"]!).ShouldBe(scan.ExitCode);
        ((string)run["snapshotSha256"]!).ShouldBe((string)evidence["snapshot"]!["sha256"]!);
        ((string)run["configSha256"]!).ShouldBe((string)evidence["config"]!["sha256"]!);
        run["sources"]!.AsArray().Select(s => ((string)s!["id"]!, (string)s["status"]!)).ShouldBe(
            [("aws:109876543210", "complete"), ("aws:210987654321", "complete"), ("aws:310987654321", "complete"), ("azure:sample-dev", "complete"), ("azure:sample-prod", "complete"),
             ("entra:sample-sub.onmicrosoft.com", "complete"), ("entra:sample.onmicrosoft.com", "complete")]);
        ((int)run["fail"]!).ShouldBe((int)evidence["summary"]!["fail"]!);
    }

    [Fact]
    public async Task Diff_takes_run_ids_by_prefix_in_either_order()
    {
        await Scan(CliRun.Sample, "night1");
        await Scan(NextNight(), "night2");
        var ids = JsonNode.Parse((await CliRun.Of("history", "--history", History, "--format", "json")).Stdout)!.AsArray()
            .Select(r => (string)r!["runId"]!).ToList();

        var backwards = await CliRun.Of("diff", ids[0][..8], ids[1][..8], "--history", History);

        backwards.Stdout.ShouldContain("2 new failing, 1 regressed, 1 resolved");
    }

    [Fact]
    public async Task When_a_source_fails_its_vanished_failures_are_unverified_not_resolved()
    {
        await Scan(CliRun.Sample, "night1");
        var failedAws = _dir.SampleWith(s =>
        {
            var aws = s["sources"]!.AsArray().Single(x => (string)x!["id"]! == "aws:210987654321")!;
            aws["status"] = "failed";
            aws["reason"] = "AccessDenied: sts:GetCallerIdentity";
        });

        var night2 = await Scan(failedAws, "night2");

        night2.ExitCode.ShouldBe(ExitCodes.Incomplete);
        night2.Stdout.ShouldContain("0 resolved");
        night2.Stdout.ShouldContain("unverified AWS-IAM-01");
        File.ReadAllText(_dir.File("night2/results.sarif")).ShouldNotContain("\"absent\"");
    }

    [Fact]
    public async Task The_history_path_comes_from_rules_json_relative_to_its_folder()
    {
        var config = _dir.Write("rules.json", """{ "history": { "path": "state/nightly.db", "keepRuns": 5 } }""");

        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", _dir.File("out"));

        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stderr);
        File.Exists(_dir.File("state/nightly.db")).ShouldBeTrue();
        (await CliRun.Of("history", "--config", config)).Stdout.ShouldContain("1 run(s) shown");
    }

    [Fact]
    public async Task No_history_records_nothing_and_cannot_be_combined_with_fail_on_new()
    {
        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", _dir.File("out"), "--no-history");
        var both = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", _dir.File("out2"), "--no-history", "--fail-on-new");

        run.ExitCode.ShouldBe(ExitCodes.Failures);
        run.Stdout.ShouldNotContain("First run");
        JsonNode.Parse(File.ReadAllText(_dir.File("out/evidence.json")))!["drift"].ShouldBeNull();
        File.ReadAllText(_dir.File("out/results.sarif")).ShouldNotContain("baselineState");
        both.ExitCode.ShouldBe(ExitCodes.BadInput);
        both.Stderr.ShouldContain("--no-history cannot be combined");
        Directory.Exists(_dir.File("out2")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_history_file_that_is_not_a_store_is_bad_input_and_no_output_is_written()
    {
        var notAStore = _dir.Write("history.db", new string('x', 5000));

        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--out", _dir.File("out"), "--history", notAStore);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Stderr.ShouldContain("cannot use it as the run history");
        Directory.Exists(_dir.File("out")).ShouldBeFalse();
    }

    [Fact]
    public async Task History_without_a_store_says_so_instead_of_creating_one()
    {
        var run = await CliRun.Of("history", "--history", _dir.File("missing.db"));

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Stderr.ShouldContain("no run history here");
        File.Exists(_dir.File("missing.db")).ShouldBeFalse();
    }
}
