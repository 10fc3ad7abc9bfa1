using System.Text;
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

        lines[0].ShouldBe("Rule ID,Rule title,Severity,Provider,Scope,Resource kind,Resource ID,Resource name,Message,Remediation");
        lines[^1].ShouldBeEmpty();
        var rows = lines[1..^1];
        rows.Select(r => r.Split(',')[0] + " " + r.Split(',')[7]).ShouldBe(
        [
            "TEST001 singapore",
            "TEST001 virginia",
            "TEST002 /subscriptions/sub-1/providers/Microsoft.Storage/storageAccounts/unnamed",
        ]);
        rows[1].ShouldBe("TEST001,Resource stored outside the allowed countries,warning,azure,sub-1,Microsoft.Storage/storageAccounts,"
                         + "/subscriptions/sub-1/providers/Microsoft.Storage/storageAccounts/virginia,virginia,"
                         + "\"virginia is in US (eastus), outside the allowed countries.\",Move virginia to japaneast or japanwest.");
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
}
