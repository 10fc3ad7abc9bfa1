using System.Text;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

public sealed class RemediationCsvWriterTests
{
    private static byte[] Csv(EvaluationResult result) => Some.Render(s => RemediationCsvWriter.Write(result, s));

    private static string[] Lines(EvaluationResult result) =>
        new UTF8Encoding(false).GetString(Csv(result)).TrimStart('\uFEFF').Split("\r\n");

    [Fact]
    public void One_row_per_failing_resource_most_severe_first()
    {
        var lines = Lines(Some.Scenario());

        lines[0].ShouldBe("Rule ID,Rule title,Severity,New,Provider,Source ID,Scope,Scope name,Resource kind,Resource ID,Resource name,"
                          + "Message,Remediation,Command,Help URL,Owner,Due date,Status");
        lines[^1].ShouldBeEmpty();
        var rows = lines[1..^1];
        rows.Select(r => r.Split(',')[0] + " " + r.Split(',')[10]).ShouldBe(
        [
            "TEST001 singapore",
            "TEST001 virginia",
            "TEST002 /subscriptions/sub-1/providers/Microsoft.Storage/storageAccounts/unnamed",
        ]);
        // Without run context: New unknown (no history), help as the repository path, the tracking columns empty.
        rows[1].ShouldBe("TEST001,Resource stored outside the allowed countries,warning,,azure,azure:contoso,sub-1,Contoso production,"
                         + "Microsoft.Storage/storageAccounts,/subscriptions/sub-1/providers/Microsoft.Storage/storageAccounts/virginia,virginia,"
                         + "\"virginia is in US (eastus), outside the allowed countries.\",Move virginia to japaneast or japanwest.,,"
                         + "docs/rules/TEST001.md,,,");
    }

    [Fact]
    public void Waived_passing_and_undecided_results_are_not_on_the_worklist()
    {
        var text = string.Join("\n", Lines(Some.Scenario()));

        text.ShouldNotContain("amsterdam");
        text.ShouldNotContain("tokyo-a");
        text.ShouldNotContain("mars");
        text.ShouldNotContain("front-door");
    }

    [Fact]
    public void The_file_starts_with_a_utf8_byte_order_mark_and_keeps_japanese_names()
    {
        var bytes = Csv(Some.Evaluate(Some.Snapshot([Some.Resource("東京-バックアップ", "eastus", "US")])));

        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes).ShouldContain(",東京-バックアップ,");
    }

    [Fact]
    public void Cells_with_commas_quotes_and_line_breaks_are_quoted_and_formulas_are_neutralised()
    {
        var result = Some.Evaluate(Some.Snapshot(
        [
            Some.Resource("=HYPERLINK(\"http://evil.example\",\"x\")", "eastus", "US"),
            Some.Resource("@SUM(A1)", "eastus", "US"),
        ]));

        var text = new UTF8Encoding(false).GetString(Csv(result));

        text.ShouldContain(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",");
        text.ShouldContain(",'@SUM(A1),");
        text.ShouldNotContain(",=HYPERLINK");
        text.ShouldNotContain(",@SUM");
    }

    [Fact]
    public void A_hostile_tenant_or_subscription_name_is_neutralised_in_the_scope_name_column()
    {
        var result = Some.Evaluate(Some.Snapshot([Some.Resource("virginia", "eastus", "US")],
            Some.SourceStatus() with { DisplayName = "=cmd|' /C calc'!A0" }));

        var row = Worklist.Rows(Some.Render(s => RemediationCsvWriter.Write(result, Some.Run(), s))).Single();

        row["Scope name"].ShouldBe("'=cmd|' /C calc'!A0");
    }

    [Fact]
    public void With_the_run_history_new_failures_are_flagged_and_listed_before_known_ones()
    {
        var current = Some.Scenario();
        // The previous night: virginia passed, singapore already failed.
        var previous = ResultRecord.AllOf(current).Select(r => r.DisplayName == "virginia" ? r with { Outcome = Outcome.Pass } : r);
        var drift = RunDrift.Compare(new BaselineRun("run-0000", Some.CollectedAt.AddDays(-1)), previous, ResultRecord.AllOf(current));

        var rows = Worklist.Rows(Some.Render(s => RemediationCsvWriter.Write(current, Some.Run() with { Drift = drift }, s)));

        rows.Select(r => (r["Resource name"], r["New"])).ShouldBe(
        [
            ("virginia", "yes"),
            ("singapore", "no"),
            ("/subscriptions/sub-1/providers/Microsoft.Storage/storageAccounts/unnamed", "no"),
        ]);
    }

    [Fact]
    public void Each_row_names_its_source_and_scope_links_the_rule_page_and_leaves_owner_due_date_and_status_to_fill()
    {
        var rows = Worklist.Rows(Some.Render(s => RemediationCsvWriter.Write(Some.Scenario(), Some.Run(), s)));

        rows.ShouldAllBe(r => r["Source ID"] == Some.Source && r["Scope"] == "sub-1" && r["Scope name"] == "Contoso production");
        rows[0]["Help URL"].ShouldBe("https://github.com/contoso/compliance-engine/blob/main/docs/rules/TEST001.md");
        rows[2]["Help URL"].ShouldBe("https://github.com/contoso/compliance-engine/blob/main/docs/rules/TEST002.md");
        rows.ShouldAllBe(r => r["Owner"] == "" && r["Due date"] == "" && r["Status"] == "");
    }

    [Fact]
    public void The_command_column_holds_the_rules_short_command_with_the_values_filled_in()
    {
        var result = Some.Evaluate(Some.Snapshot([Some.Resource("virginia", "eastus", "US")]));
        var withCommand = new Engine.Evaluation.Evaluator(Some.Config()).Evaluate(result.Snapshot, [new WorklistRule()]);

        var row = Worklist.Rows(Some.Render(s => RemediationCsvWriter.Write(withCommand, Some.Run(), s))).Single();

        row["Command"].ShouldBe("az resource show --ids '/subscriptions/sub-1/providers/Microsoft.Storage/storageAccounts/virginia'");
        row["Remediation"].ShouldStartWith("Redeploy virginia");
    }

    [Fact]
    public void In_japanese_titles_and_messages_are_translated_and_the_header_and_codes_stay_english()
    {
        var result = new Engine.Evaluation.Evaluator(Some.Config()).Evaluate(
            Some.Snapshot([Some.Resource("virginia", "eastus", "US")]), [new WorklistRule()]);

        var bytes = Some.Render(s => RemediationCsvWriter.Write(result, Some.Run(), s, new ReportOptions { Language = ReportLanguage.Japanese }));
        var row = Worklist.Rows(bytes).Single();

        Worklist.HeaderOf(bytes).ShouldBe(RemediationCsvWriter.Header);
        row["Rule title"].ShouldBe("許可された国以外にある Azure リソース");
        row["Message"].ShouldBe("virginia は eastus（US）にあり、許可された国 JP の外です。");
        row["Severity"].ShouldBe("warning");
        row["Provider"].ShouldBe("azure");
    }
}
