using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests.Html;

/// <summary>The report opens with the verdict and the per-control results; run details come last.</summary>
public sealed class VerdictAndNavigationTests
{
    private static EvaluationResult Failing() =>
        Some.Evaluate(Some.Snapshot([Some.Resource("tokyo-a"), Some.Resource("virginia", "eastus", "US"), Some.Resource("ohio", "eastus2", "US")]));

    [Fact]
    public void A_complete_run_with_failures_opens_with_FAIL_the_exit_code_and_failures_by_severity()
    {
        var report = HtmlReport.Of(Failing(), new ReportOptions { Verdict = new RunVerdictInput(1, "warning") });

        var verdict = new HtmlReport(report.Section("verdict")).Text;
        verdict.ShouldContain("Verdict: FAIL");
        verdict.ShouldContain("Exit code 1: failing results at or above 'warning'.");
        verdict.ShouldContain("Failing results by severity Severity Fail Waived error 0 0 warning 2 0 note 0 0", customMessage: verdict);
        verdict.ShouldContain("The run history was off");
        var main = report.Markup.IndexOf("<main", StringComparison.Ordinal);
        report.Markup.IndexOf("id=\"verdict\"", StringComparison.Ordinal).ShouldBeGreaterThan(main);
        report.Markup.IndexOf("id=\"verdict\"", StringComparison.Ordinal).ShouldBeLessThan(report.Markup.IndexOf("id=\"control-results\"", StringComparison.Ordinal));
        report.Markup.IndexOf("id=\"control-results\"", StringComparison.Ordinal).ShouldBeLessThan(report.Markup.IndexOf("id=\"run\"", StringComparison.Ordinal));
        report.Markup.IndexOf("Sources and completeness", StringComparison.Ordinal).ShouldBeGreaterThan(report.Markup.IndexOf("id=\"controls\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_per_control_table_gives_each_control_a_result_its_counts_and_a_link_and_a_failing_control_is_never_green()
    {
        var report = HtmlReport.Of(Failing());

        var table = report.Section("control-results");
        table.ShouldContain("<tr class=\"r-fail\"><td><a href=\"#control-5.23\">5.23</a>");
        new HtmlReport(table).Text.ShouldContain("5.23 Information security for use of cloud services クラウドサービス利用における情報セキュリティ FAIL 2 0 0 1 TEST001");
        report.Markup.ShouldContain(".s-automated { background: var(--info); }");
        report.Section("control-5.23").ShouldContain("<span class=\"badge r-fail\">FAIL</span>");
    }

    [Fact]
    public void Without_failures_or_errors_the_verdict_is_PASS_and_with_errors_INCOMPLETE()
    {
        var passing = HtmlReport.Of(Some.Evaluate(Some.Snapshot([Some.Resource("tokyo-a")])));
        new HtmlReport(passing.Section("verdict")).Text.ShouldContain("Verdict: PASS Exit code 0: no failing result at or above 'error', and every source was fully collected.");

        var incomplete = HtmlReport.Of(Some.Scenario());
        new HtmlReport(incomplete.Section("verdict")).Text.ShouldContain("Verdict: INCOMPLETE Exit code 2:");
        incomplete.Markup.ShouldContain("<section id=\"verdict\" class=\"verdict r-incomplete\">");
    }

    [Fact]
    public void Each_failure_says_whether_it_is_new_unchanged_or_regressed_and_resolved_ones_are_listed()
    {
        var current = Some.Scenario();
        var now = ResultRecord.AllOf(current).ToList();
        var previous = now.Select(r => r.DisplayName switch
            {
                "tokyo-a" when r.RuleId == "TEST001" => r with { Outcome = Outcome.Fail },
                "virginia" => r with { Outcome = Outcome.Pass },
                _ => r,
            })
            .Append(new ResultRecord("TEST002", "azure/sub/Microsoft.Storage/storageAccounts/deleted", "deleted", Outcome.Fail, Severity.Error));
        var drift = RunDrift.Compare(new BaselineRun("run-0000", Some.CollectedAt.AddDays(-1)), previous, now, RunDrift.FullyEvaluatedIn(current));

        var report = HtmlReport.Of(current, run: Some.Run() with { Drift = drift });

        var verdict = new HtmlReport(report.Section("verdict")).Text;
        verdict.ShouldContain($"Since the previous run run-0000 (2026-11-24 02:00:00 UTC): {drift.NewFailures} new, 1 regressed, {drift.UnchangedFailures} unchanged and 2 resolved failures.", customMessage: verdict);
        var driftSection = new HtmlReport(report.Section("drift")).Text;
        driftSection.ShouldContain("New and regressed failures (1) Rule Severity Resource Change TEST001 warning virginia");
        driftSection.ShouldContain("Resolved failures (2)");
        driftSection.ShouldContain("deleted");
        var failing = new HtmlReport(report.Section("rule-TEST001")).Text;
        failing.ShouldContain("virginia regressed");
        failing.ShouldContain("singapore unchanged");
        report.Markup.IndexOf("<strong>virginia</strong>", StringComparison.Ordinal)
            .ShouldBeLessThan(report.Markup.IndexOf("<strong>singapore</strong>", StringComparison.Ordinal), "regressed failures first");
    }

    [Fact]
    public void Times_are_shown_in_the_configured_time_zone_beside_UTC()
    {
        var report = HtmlReport.Of(Failing(), new ReportOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo") });

        report.Text.ShouldContain("2026-11-25 02:00:09 UTC (2026-11-25 11:00:09 Asia/Tokyo, UTC+09:00)");
    }

    [Fact]
    public void The_page_has_a_skip_link_contents_a_hidden_filter_and_marks_japanese_text_and_has_no_empty_header_cell()
    {
        var report = HtmlReport.Of(Some.Scenario());

        report.Markup.ShouldContain("<a class=\"skip\" href=\"#main\">Skip to the verdict</a>");
        report.Markup.ShouldContain("<nav id=\"toc\" aria-label=\"Contents\"><h2>Contents</h2><ol><li><a href=\"#verdict\">Verdict</a>");
        report.Markup.ShouldContain("<form id=\"filter\" class=\"filter\" hidden role=\"search\"");
        report.Markup.ShouldContain("<select name=\"sev\">");
        report.Markup.ShouldContain("data-rule=\"TEST001\" data-sev=\"warning\" data-state=\"fail\" data-controls=\"5.23 9.3\"", customMessage: report.Markup[report.Markup.IndexOf("data-rule=\"TEST001\"", StringComparison.Ordinal)..][..200]);
        report.Markup.ShouldContain("<span class=\"ja\" lang=\"ja\">クラウドサービス利用における情報セキュリティ</span>");
        report.Markup.ShouldNotContain("<th></th>");
        report.Markup.ShouldNotContain("<th class=\"n\"></th>");
        report.Markup.ShouldContain("<ul class=\"legend\" aria-label=\"Legend\">");
    }

    [Fact]
    public void The_printed_report_keeps_fewer_rows_and_says_how_many_it_left_out()
    {
        var report = HtmlReport.Of(Some.Scenario(), new ReportOptions { PrintFindingLimit = 1, PrintPassLimit = 2 });

        var rule = report.Section("rule-TEST001");
        rule.ShouldContain("<tr class=\"xp\">");
        rule.ShouldContain("<li class=\"xp\">");
        new HtmlReport(rule).Text.ShouldContain("… and 1 more not printed (the HTML page and evidence.json list them).");
        report.Markup.ShouldContain(".skip, form.filter, .so, .xp, ul.passes .mono { display: none !important; }");
        report.Markup.ShouldContain("details::details-content { content-visibility: visible; display: contents; }");
    }
}
