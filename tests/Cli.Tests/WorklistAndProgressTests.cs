using System.Text.Json.Nodes;
using ComplianceEngine.Cli.Internal;

namespace ComplianceEngine.Cli.Tests;

/// <summary>#15.5–7 through the command: the worklist's columns and split, the SARIF help base, progress.</summary>
public sealed class WorklistAndProgressTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private Task<CliRun> Scan(string outName, params string[] extra) =>
        CliRun.Of(["scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", _dir.File(outName), "--history", _dir.File("history.db"), .. extra]);

    private static List<Dictionary<string, string>> Rows(string path)
    {
        var records = Records(File.ReadAllText(path).TrimStart('\uFEFF'));
        var header = records[0];
        return records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    // RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
    private static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString()); field.Clear();
                records.Add(record); record = [];
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }

    private string? HelpUri(string outName) =>
        (string?)JsonNode.Parse(File.ReadAllText(_dir.File(outName + "/results.sarif")))!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray()
            .Single(r => (string?)r!["id"] == "ENT-MFA-01")!["helpUri"];

    [Fact]
    public async Task Split_by_source_writes_one_worklist_per_source_that_verify_covers()
    {
        var run = await Scan("out", "--split-by", "source");

        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stderr);
        var split = Directory.GetFiles(_dir.File("out"), "remediation-*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        split.ShouldBe(
        [
            "remediation-aws_109876543210.csv", "remediation-aws_210987654321.csv", "remediation-aws_310987654321.csv",
            "remediation-azure_sample-dev.csv", "remediation-azure_sample-prod.csv",
            "remediation-entra_sample-sub.onmicrosoft.com.csv", "remediation-entra_sample.onmicrosoft.com.csv",
        ]);
        var all = Rows(_dir.File("out/remediation.csv"));
        split.Sum(f => Rows(_dir.File("out/" + f!)).Count).ShouldBe(all.Count);
        Rows(_dir.File("out/remediation-aws_210987654321.csv")).ShouldAllBe(r => r["Source ID"] == "aws:210987654321");
        (await CliRun.Of("verify", _dir.File("out"))).ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public async Task New_is_yes_on_the_first_run_of_the_sources_and_no_for_the_same_failures_the_next_night()
    {
        await Scan("night1");
        await Scan("night2");

        Rows(_dir.File("night1/remediation.csv")).ShouldAllBe(r => r["New"] == "yes");
        Rows(_dir.File("night2/remediation.csv")).ShouldAllBe(r => r["New"] == "no");
    }

    [Fact]
    public async Task Japanese_worklist_has_translated_titles()
    {
        await Scan("ja", "--lang", "ja");

        File.ReadAllText(_dir.File("ja/remediation.csv")).ShouldContain(",MFA 未登録の有効なメンバーユーザー,");
    }

    [Fact]
    public async Task Help_links_are_absolute_only_under_a_configured_base_and_follow_the_option_or_rules_json()
    {
        await Scan("default");
        var config = _dir.Write("rules.json", """{ "output": { "helpBaseUrl": "https://intranet.example.jp/compliance" } }""");
        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", _dir.File("configured"), "--no-history");
        await Scan("option", "--help-base-url", "https://docs.example.com/ce/");

        HelpUri("default").ShouldBeNull();
        File.ReadAllText(_dir.File("default/remediation.csv")).ShouldContain(",docs/rules/ENT-MFA-01.md,");
        HelpUri("configured").ShouldBe("https://intranet.example.jp/compliance/docs/rules/ENT-MFA-01.md");
        HelpUri("option").ShouldBe("https://docs.example.com/ce/docs/rules/ENT-MFA-01.md");
        File.ReadAllText(_dir.File("option/remediation.csv")).ShouldContain(",https://docs.example.com/ce/docs/rules/ENT-MFA-01.md,");
    }

    [Fact]
    public async Task A_help_base_that_is_not_an_absolute_http_url_is_bad_usage()
    {
        var option = await Scan("bad", "--help-base-url", "docs/rules");
        var config = _dir.Write("rules.json", """{ "output": { "helpBaseUrl": "javascript:alert(1)" } }""");
        var validate = await CliRun.Of("validate", "--config", config);

        option.ExitCode.ShouldBe(ExitCodes.BadInput);
        option.Stderr.ShouldContain("--help-base-url must be an absolute http(s) URL");
        validate.ExitCode.ShouldBe(ExitCodes.BadInput);
        validate.Stderr.ShouldContain("$.output.helpBaseUrl");
    }

    [Fact]
    public async Task Unattended_runs_log_each_stage_and_each_output_and_never_write_progress_to_stdout()
    {
        var run = await Scan("logged", "--log-format", "json", "--log-level", "debug", "--pdf");

        var events = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var stages = events.Select(e => (string?)e["@mt"]).ToList();
        stages.ShouldContain("Loading the snapshot {Snapshot}");
        stages.ShouldContain("Evaluating {Rules} rules over {Facts} facts");
        stages.ShouldContain("Printing report.pdf with headless Chromium");
        var written = events.Where(e => (string?)e["@mt"] == "Writing {File}").Select(e => (string?)e["File"]).ToList();
        // report.pdf too where Chromium is installed.
        written.ShouldBeSubsetOf(["results.sarif", "evidence.json", "report.html", "remediation.csv", "access-review.csv", "snapshot.json", "report.pdf", "manifest.json"]);
        written.ShouldBe(written.Contains("report.pdf")
            ? ["results.sarif", "evidence.json", "report.html", "remediation.csv", "access-review.csv", "snapshot.json", "report.pdf", "manifest.json"]
            : ["results.sarif", "evidence.json", "report.html", "remediation.csv", "access-review.csv", "snapshot.json", "manifest.json"]);
        events.Single(e => (string?)e["@mt"] == "Evaluating {Rules} rules over {Facts} facts")["@l"].ShouldBeNull(); // information
        run.Stdout.ShouldNotContain("Evaluating");
        run.Stdout.ShouldNotContain("Writing");
    }

    [Fact]
    public void On_a_terminal_each_stage_is_one_line_on_stderr_with_the_time_since_the_start()
    {
        var stderr = new StringWriter();
        using var log = Logging.Create("text", "information", new StringWriter());
        var progress = new ScanProgress(log, stderr, interactive: true);

        progress.Loading("/data/sample.json");
        progress.Evaluating(50, 12345);
        progress.Writing("report.html");
        progress.PrintingPdf();

        var lines = stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => l[(l.IndexOf(']') + 2)..]).ShouldBe(
        [
            "Loading the snapshot /data/sample.json…", "Evaluating 50 rules over 12,345 facts…", "Writing report.html…",
            "Printing report.pdf with headless Chromium…",
        ]);
        lines.ShouldAllBe(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\[\s*\d+\.\ds\] "));
    }
}
