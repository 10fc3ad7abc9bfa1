using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

/// <summary>The sample is collected on 2026-11-25; rules.json waives LOC-AZ-01 on stanalyticsus01 until 2026-12-05.</summary>
public sealed class WaiverWarningTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string RulesWithWarningDays(int days)
    {
        var rules = JsonNode.Parse(File.ReadAllText(CliRun.RulesJson))!;
        rules["output"]!["waiverWarningDays"] = days;
        return _dir.Write("rules.json", rules.ToJsonString());
    }

    private Task<CliRun> Scan(string config) =>
        CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", _dir.File("out"), "--no-history");

    [Fact]
    public async Task A_waiver_expiring_within_the_default_14_days_is_a_warning_in_the_summary_and_the_evidence()
    {
        var run = await Scan(CliRun.RulesJson);

        run.Stdout.ShouldContain("Warning: waiver $.waivers[2] (LOC-AZ-01 on stanalyticsus01) expires on 2026-12-05, in 10 days: renew it or fix the finding.");
        run.Stdout.ShouldContain("Warning: waiver $.waivers[1] (ENT-MFA-01 on kiosk01@sample.onmicrosoft.com) expired on 2026-10-31");
        run.Stdout.ShouldContain("Note: waiver $.waivers[3] (AWS-IAM-01 on old-contractor) matches no result (unused)");
        var evidence = JsonNode.Parse(File.ReadAllText(_dir.File("out/evidence.json")))!;
        ((int)evidence["summary"]!["waiverWarnings"]!["expiringSoon"]!).ShouldBe(1);
        evidence["waivers"]!.AsArray().Single(w => (bool)w!["expiresSoon"]!)!["resource"]!.GetValue<string>().ShouldBe("stanalyticsus01");
    }

    [Fact]
    public async Task The_warning_window_follows_output_waiver_warning_days()
    {
        var narrow = await Scan(RulesWithWarningDays(7));
        var wide = await Scan(RulesWithWarningDays(90));

        narrow.Stdout.ShouldNotContain("expires on 2026-12-05");
        wide.Stdout.ShouldContain("expires on 2026-12-05");
        wide.Stdout.ShouldContain("(AWS-IAM-01 on old-contractor) matches no result (unused)");
    }
}
