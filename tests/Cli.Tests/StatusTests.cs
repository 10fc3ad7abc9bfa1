using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

/// <summary><c>compliance status</c>, <c>history --all</c> and <c>history export|import</c> on a SQLite history (the
/// same commands on PostgreSQL are covered by tests/History.Tests against a real server).</summary>
public sealed class StatusTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string History => _dir.File("history.db");

    /// <summary>The sample read as another tenant: its sources renamed, so it is a source set of its own.</summary>
    private string OtherTenant() => _dir.SampleWith(s =>
    {
        s["organization"] = "Fabrikam";
        foreach (var source in s["sources"]!.AsArray())
            source!["id"] = "fabrikam-" + (string)source["id"]!;
        Rename(s["facts"]!);
    });

    private static void Rename(JsonNode node)
    {
        if (node is JsonArray array)
            foreach (var item in array.Where(i => i is not null))
                Rename(item!);
        else if (node is JsonObject obj)
            foreach (var (name, value) in obj.ToList())
                if (name == "sourceId" && value is JsonValue)
                    obj[name] = "fabrikam-" + (string)value!;
                else if (value is not null)
                    Rename(value);
    }

    [Fact]
    public async Task Status_shows_the_latest_run_of_every_source_set_and_which_are_stale()
    {
        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", _dir.File("a1"), "--history", History);
        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", _dir.File("a2"), "--history", History);
        (await CliRun.Of("scan", "--snapshot", OtherTenant(), "--config", CliRun.RulesJson, "--out", _dir.File("b1"), "--history", History))
            .Stderr.ShouldContain("recorded in the history");
        var old = OldRunExport("tenant:old\u001b[31m");
        (await CliRun.Of("history", "import", old, "--history", History)).Stdout.ShouldContain("Imported 1 run(s)");

        var table = await CliRun.Of("status", "--history", History, "--stale-hours", "24");
        var json = JsonNode.Parse((await CliRun.Of("status", "--history", History, "--format", "json")).Stdout)!;

        table.ExitCode.ShouldBe(ExitCodes.Success);
        table.Stdout.ShouldContain("3 source set(s), 1 stale (no run in 24 h)");
        table.Stdout.ShouldContain("STALE");
        table.Stdout.ShouldContain("Fabrikam");
        table.Stdout.ShouldNotContain("\u001b");
        var sets = json["sourceSets"]!.AsArray();
        sets.Select(s => (string)s!["scope"]!).ShouldBe([.. sets.Select(s => (string)s!["scope"]!).Order(StringComparer.Ordinal)]);
        sets.Count.ShouldBe(3);
        sets.Count(s => (bool)s!["stale"]!).ShouldBe(1);
        var sample = sets.Single(s => ((string)s!["scope"]!).StartsWith("aws:"))!;
        var latest = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir.File("a2"), "evidence.json")))!["summary"]!;
        ((int)sample["exitCode"]!, (int)sample["newFailures"]!, (int)sample["fail"]!).ShouldBe((1, 0, (int)latest["fail"]!));
    }

    [Fact]
    public async Task History_all_lists_every_run_of_every_source_set_and_export_import_round_trips()
    {
        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", _dir.File("a1"), "--history", History);
        await CliRun.Of("scan", "--snapshot", OtherTenant(), "--config", CliRun.RulesJson, "--out", _dir.File("b1"), "--history", History);
        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", _dir.File("a2"), "--history", History);

        var all = JsonNode.Parse((await CliRun.Of("history", "--all", "--limit", "1", "--history", History, "--format", "json")).Stdout)!.AsArray();
        var export = await CliRun.Of("history", "export", _dir.File("runs.jsonl"), "--history", History);
        var import = await CliRun.Of("history", "import", _dir.File("runs.jsonl"), "--history", _dir.File("copy.db"));
        var again = await CliRun.Of("history", "import", _dir.File("runs.jsonl"), "--history", _dir.File("copy.db"));
        var copied = await CliRun.Of("history", "--all", "--history", _dir.File("copy.db"));

        all.Count.ShouldBe(3);
        all.Select(r => ((string)r!["scope"]!)[..4]).ShouldBe(["aws:", "aws:", "fabr"]);
        export.Stdout.ShouldContain("Exported 3 run(s)");
        import.Stdout.ShouldContain("Imported 3 run(s)");
        again.Stdout.ShouldContain("Imported 0 run(s)");
        again.Stdout.ShouldContain("3 were already there");
        copied.Stdout.ShouldContain("all 3 run(s) of 2 source set(s)");
    }

    [Fact]
    public async Task A_password_in_rules_json_connection_string_is_refused()
    {
        var rules = _dir.Write("rules.json", """{ "history": { "connectionString": "postgresql://scanner:hunter2@db.example/compliance" } }""");

        var run = await CliRun.Of("status", "--config", rules);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Stderr.ShouldContain("carries a password");
        run.Stderr.ShouldNotContain("hunter2");
    }

    [Fact]
    public async Task A_history_with_both_a_path_and_a_connection_string_is_refused()
    {
        var rules = _dir.Write("rules.json", """{ "history": { "path": "h.db", "connectionString": "postgresql://scanner@db.example/compliance" } }""");

        var run = await CliRun.Of("status", "--config", rules);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Stderr.ShouldContain("either 'path'");
    }

    private string OldRunExport(string scope)
    {
        var finished = DateTimeOffset.UtcNow.AddDays(-3).ToString("O");
        return _dir.Write("old.jsonl", string.Join("\n",
            """{"format":"compliance-history-export","version":1,"exportedAt":"2026-01-01T00:00:00Z","toolVersion":"t","runs":1}""",
            $$$"""{"run":{"runId":"0ld0000000000000000000000000000a","scope":{{{System.Text.Json.JsonSerializer.Serialize(scope)}}},"startedAt":"{{{finished}}}","finishedAt":"{{{finished}}}","complete":true,"exitCode":0,"configSha256":"c","snapshotSha256":"s","sources":[],"rules":[]}}""",
            """{"end":"0ld0000000000000000000000000000a","results":0}""") + "\n");
    }
}
