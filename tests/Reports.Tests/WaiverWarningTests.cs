using System.Text;
using System.Text.Json.Nodes;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

public sealed class WaiverWarningTests
{
    private static JsonNode Evidence(Engine.Evaluation.EvaluationResult result) =>
        JsonNode.Parse(Encoding.UTF8.GetString(Some.Render(s => EvidenceWriter.Write(result, Some.Run(), s))))!;

    [Fact]
    public void The_evidence_summary_counts_waivers_expiring_soon_expired_and_unused()
    {
        var warnings = Evidence(Some.Scenario())["summary"]!["waiverWarnings"]!;

        ((int)warnings["expiringSoon"]!, (int)warnings["expired"]!, (int)warnings["unused"]!).ShouldBe((0, 1, 1));
    }

    [Fact]
    public void A_waiver_inside_the_warning_window_is_counted_with_its_days_left()
    {
        var today = DateOnly.FromDateTime(Some.CollectedAt.UtcDateTime);
        var config = Some.Config(1000, Some.Waiver("virginia", today.AddDays(5)), Some.Waiver("virginia", today.AddDays(40), index: 1));

        var evidence = Evidence(Some.Evaluate(Some.Snapshot([Some.Resource("virginia", "eastus", "US")]), config));

        ((int)evidence["summary"]!["waiverWarnings"]!["expiringSoon"]!).ShouldBe(1);
        evidence["waivers"]!.AsArray().Select(w => ((int)w!["daysLeft"]!, (bool)w["expiresSoon"]!)).ShouldBe([(5, true), (40, false)]);
    }
}
