using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests.Html;

/// <summary>The pass-rate chart per control in the coverage table: earlier runs from the history, the current run last.</summary>
public sealed partial class PassRateChartTests
{
    private static readonly DateTimeOffset FirstNight = new(2026, 10, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Earlier runs, a night apart, oldest first: TEST001 passing all of its 4 resources except on the given nights.</summary>
    private static PassRateHistory Nights(int count, Func<int, RuleCounts?>? test001 = null) => new(
        Enumerable.Range(0, count).Select(night => new PastRun($"run-{night:000}", FirstNight.AddDays(night),
            new[] { ("TEST001", (test001 ?? (_ => new RuleCounts(4, 0, 0, 0)))(night)), ("TEST002", new RuleCounts(0, 1, 0, 0)) }
                .Where(r => r.Item2 is not null).ToDictionary(r => r.Item1, r => r.Item2!))).ToList());

    private static IReadOnlyList<string> Charts(PassRateHistory? history, ReportOptions? options = null)
    {
        var coverage = HtmlReport.Of(Some.Scenario(), (options ?? ReportOptions.Default) with { PassRates = history }).Section("coverage");
        return Chart().Matches(coverage).Select(m => m.Value).ToList();
    }

    private static IReadOnlyList<(double X, double Y)> Points(string chart) =>
        Polyline().Matches(chart).SelectMany(m => m.Groups["points"].Value.Split(' '))
            .Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .Select(xy => (xy[0], xy[1])).ToList();

    [Fact]
    public void Each_control_evidenced_automatically_charts_the_last_30_runs_ending_with_this_one()
    {
        // 5.23 and 9.3 are evidenced by TEST001; this run it passes 3 of 7 (2 fail, 1 waived, 1 error): 42%.
        var charts = Charts(Nights(40));

        charts.Count.ShouldBe(2);
        foreach (var chart in charts)
        {
            chart.ShouldContain("aria-label=\"pass rate 42% (last of 30 runs)\"");
            chart.ShouldContain("<title>pass rate 42% (last of 30 runs)</title>");
            var points = Points(chart);
            points.Count.ShouldBe(30);
            points.Take(29).ShouldAllBe(p => p.Y == 2);
            points[^1].X.ShouldBe(118);
            points[^1].Y.ShouldBe(2 + 20 * 4 / 7.0, 0.01);
            chart.ShouldNotContain("<script", Case.Insensitive);
        }
    }

    [Fact]
    public void A_run_without_the_controls_rules_is_left_out_and_one_that_evaluated_nothing_leaves_a_gap()
    {
        var history = Nights(4, night => night switch { 0 => null, 2 => new RuleCounts(0, 0, 0, 0), _ => new RuleCounts(1, 1, 0, 0) });

        var chart = Charts(history)[0];

        chart.ShouldContain("pass rate 42% (last of 4 runs)");
        Polyline().Matches(chart).Count.ShouldBe(1);
        Points(chart).Select(p => p.Y).ShouldBe([12, 2 + 20 * 4 / 7.0], tolerance: 0.01);
        chart.ShouldContain("<circle cx=\"2\" cy=\"12\"");
    }

    [Fact]
    public void There_is_no_chart_without_earlier_runs()
    {
        Charts(null).ShouldBeEmpty();
        Charts(Nights(0)).ShouldBeEmpty();
        HtmlReport.Of(Some.Scenario()).Markup.ShouldNotContain("class=\"trend\"");
    }

    [Fact]
    public void The_label_is_in_the_reports_language()
    {
        var chart = Charts(Nights(2), new ReportOptions { Language = ReportLanguage.Japanese })[0];

        chart.ShouldContain("aria-label=\"適合率 42%（直近 3 回の実行のうち最新）\"");
    }

    [GeneratedRegex("<svg class=\"trend\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Chart();

    [GeneratedRegex("<polyline points=\"(?<points>[^\"]*)\"")]
    private static partial Regex Polyline();
}
