using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

/// <summary>The report's second clock: rules.json <c>output.timeZone</c>, overridden by <c>--time-zone</c>.</summary>
public sealed class ReportTimeZoneTests
{
    private static string ConfigWithTimeZone(TempDir dir, string zone)
    {
        var config = JsonNode.Parse(File.ReadAllText(CliRun.RulesJson))!;
        config["output"]!["timeZone"] = zone;
        return dir.Write("rules.json", config.ToJsonString());
    }

    [Fact]
    public async Task Times_show_the_configured_zone_beside_utc_and_the_option_overrides_it()
    {
        using var dir = new TempDir();
        var config = ConfigWithTimeZone(dir, "Asia/Tokyo");

        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", dir.File("tokyo"), "--no-history");
        var overridden = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", dir.File("utc"), "--no-history", "--time-zone", "Europe/London");

        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stderr);
        File.ReadAllText(dir.File("tokyo/report.html")).ShouldContain("2026-11-25 02:00:00 UTC (2026-11-25 11:00:00 Asia/Tokyo, UTC+09:00)");
        overridden.ExitCode.ShouldBe(ExitCodes.Failures, overridden.Stderr);
        File.ReadAllText(dir.File("utc/report.html")).ShouldContain("2026-11-25 02:00:00 UTC (2026-11-25 02:00:00 Europe/London, UTC+00:00)");
    }

    [Fact]
    public async Task An_unknown_zone_is_bad_input_that_names_where_it_came_from()
    {
        using var dir = new TempDir();

        var option = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", dir.File("a"), "--time-zone", "Mars/Olympus");
        var configured = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", ConfigWithTimeZone(dir, "Mars/Olympus"), "--out", dir.File("b"));

        option.ExitCode.ShouldBe(ExitCodes.BadInput);
        option.Stderr.ShouldContain("--time-zone: unknown time zone 'Mars/Olympus'");
        configured.ExitCode.ShouldBe(ExitCodes.BadInput);
        configured.Stderr.ShouldContain("$.output.timeZone");
        configured.Stderr.ShouldContain("expected an IANA time zone");
    }
}
