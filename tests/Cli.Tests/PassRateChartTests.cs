using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ComplianceEngine.Cli.Tests;

/// <summary>report.html charts each automatically evidenced control's pass rate over the runs in the history, this one last.</summary>
public sealed partial class PassRateChartTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private Task<CliRun> Scan(string snapshot, string outName, params string[] extra) =>
        CliRun.Of(["scan", "--snapshot", snapshot, "--config", CliRun.RulesJson, "--out", _dir.File(outName), .. extra]);

    /// <summary>The row of the coverage table for a control, e.g. 5.17 (evidenced by ENT-MFA-01, among others).</summary>
    private string CoverageRow(string outName, string control)
    {
        var html = File.ReadAllText(_dir.File($"{outName}/report.html"));
        // The coverage table's row: the contents and the per-control results above it link to the control too.
        var link = html.IndexOf($"<a href=\"#control-{control}\">", html.IndexOf("id=\"coverage\"", StringComparison.Ordinal), StringComparison.Ordinal);
        link.ShouldBeGreaterThan(0);
        var start = html.LastIndexOf("<tr>", link, StringComparison.Ordinal);
        return html[start..(html.IndexOf("</tr>", link, StringComparison.Ordinal) + 5)];
    }

    /// <summary>The pass rate the row's own counts give: pass ÷ (pass + fail + waived + error).</summary>
    private static double RateOf(string row)
    {
        var counts = Count().Matches(row).Select(m => int.Parse(m.Groups["n"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        counts.Count.ShouldBe(4);
        return (double)counts[0] / counts.Sum();
    }

    /// <summary>The rate a chart point stands for: 100% at the top (y 2), 0% at the bottom (y 22).</summary>
    private static double RateAt(string point) => 1 - (double.Parse(point.Split(',')[1], CultureInfo.InvariantCulture) - 2) / 20;

    [Fact]
    public async Task The_second_report_charts_both_runs_for_a_control_evidenced_by_a_failing_rule()
    {
        string[] history = ["--history", _dir.File("history.db")];
        await Scan(CliRun.Sample, "night1", history);
        var mfaFixed = _dir.SampleWith(s => s["facts"]!["entraUsers"]!.AsArray().Single(u => ((string)u!["id"]!).EndsWith("0033"))!["mfa"] =
            JsonNode.Parse("""{ "isMfaRegistered": true, "isMfaCapable": true, "methodsRegistered": ["microsoftAuthenticatorPush"] }"""));
        await Scan(mfaFixed, "night2", history);

        var first = CoverageRow("night1", "5.17");
        var second = CoverageRow("night2", "5.17");

        first.ShouldContain("ENT-MFA-01");
        first.ShouldNotContain("<svg class=\"trend\"");
        RateOf(first).ShouldBeLessThan(1);
        RateOf(second).ShouldBeGreaterThan(RateOf(first));
        second.ShouldContain($"aria-label=\"pass rate {Math.Floor(RateOf(second) * 100 + 1e-9)}% (last of 2 runs)\"");
        var points = Polyline().Match(second).Groups["points"].Value.Split(' ');
        points.Select(RateAt).ShouldBe([RateOf(first), RateOf(second)], tolerance: 0.005);
    }

    [Fact]
    public async Task Without_history_there_is_no_chart()
    {
        await Scan(CliRun.Sample, "once", "--no-history");
        await Scan(CliRun.Sample, "twice", "--no-history");

        File.ReadAllText(_dir.File("twice/report.html")).ShouldNotContain("<svg class=\"trend\"");
    }

    [GeneratedRegex("<td class=\"n\">(?<n>[0-9,]+)</td>")]
    private static partial Regex Count();

    [GeneratedRegex("<polyline points=\"(?<points>[^\"]*)\"")]
    private static partial Regex Polyline();
}
