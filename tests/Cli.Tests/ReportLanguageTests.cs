using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

public sealed class ReportLanguageTests
{
    private static string ConfigWithOutput(TempDir dir, string property, JsonNode value)
    {
        var config = JsonNode.Parse(File.ReadAllText(CliRun.RulesJson))!;
        config["$schema"] = Repository.PathOf("rules.schema.json");
        config["output"]![property] = value;
        return dir.Write("rules.json", config.ToJsonString());
    }

    [Fact]
    public async Task The_report_is_english_by_default()
    {
        using var dir = new TempDir();

        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.Path);

        var html = File.ReadAllText(dir.File("report.html"));
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("Control coverage");
    }

    [Fact]
    public async Task Lang_ja_writes_the_report_in_japanese()
    {
        using var dir = new TempDir();

        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.Path, "--lang", "ja");

        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stderr);
        var html = File.ReadAllText(dir.File("report.html"));
        html.ShouldContain("<html lang=\"ja\">");
        html.ShouldContain("管理策の網羅状況");
        html.ShouldContain("MFA 未登録の有効なメンバーユーザー");
        html.ShouldContain("2026年11月25日");
    }

    [Fact]
    public async Task The_default_language_comes_from_rules_json_and_lang_overrides_it()
    {
        using var dir = new TempDir();
        var config = ConfigWithOutput(dir, "language", "ja");

        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", dir.File("ja"));
        await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", dir.File("en"), "--lang", "en");

        File.ReadAllText(dir.File("ja/report.html")).ShouldContain("<html lang=\"ja\">");
        File.ReadAllText(dir.File("en/report.html")).ShouldContain("<html lang=\"en\">");
    }

    [Fact]
    public async Task An_unknown_language_is_bad_usage()
    {
        using var dir = new TempDir();
        var config = ConfigWithOutput(dir, "language", "fr");

        var fromOption = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--out", dir.Path, "--lang", "fr");
        var fromConfig = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", dir.Path);

        fromOption.ExitCode.ShouldBe(ExitCodes.BadInput);
        fromConfig.ExitCode.ShouldBe(ExitCodes.BadInput);
        fromConfig.Stderr.ShouldContain("$.output.language: expected \"en\" or \"ja\", found \"fr\"");
        File.Exists(dir.File("report.html")).ShouldBeFalse();
    }
}
