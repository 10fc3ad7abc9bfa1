using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests.Controls;

public sealed class ControlCoverageTests
{
    private static ControlCoverage CoverageOf(EvaluationResult result, string number) =>
        ControlCoverage.Of(result).Single(c => c.Control.Number == number);

    [Fact]
    public void Every_control_of_the_set_gets_a_status()
    {
        ControlCoverage.Of(Some.Scenario()).Count.ShouldBe(OrganisationControls.All.Count);
    }

    [Fact]
    public void A_control_whose_rules_decided_results_is_evidenced_automatically_with_their_counts()
    {
        // TEST001 evidences A.5.23 and CLD.9.5.1: three passes, two failures (one with an expired waiver), one waived, one error.
        var result = Some.Scenario();

        foreach (var number in new[] { "5.23", "9.3" })
        {
            var coverage = CoverageOf(result, number);
            coverage.Status.ShouldBe(CoverageStatus.Automated);
            coverage.Rules.Select(r => r.Descriptor.Id).ShouldBe(["TEST001"]);
            coverage.Count(Outcome.Pass).ShouldBe(3);
            coverage.Count(Outcome.Fail).ShouldBe(2);
            coverage.Count(Outcome.Waived).ShouldBe(1);
            coverage.Count(Outcome.Error).ShouldBe(1);
        }
    }

    [Fact]
    public void Without_a_rule_organisational_controls_need_manual_evidence_and_technical_ones_are_not_covered()
    {
        var result = Some.Scenario();

        CoverageOf(result, "6.1").Status.ShouldBe(CoverageStatus.Manual);
        CoverageOf(result, "7.2").Status.ShouldBe(CoverageStatus.Manual);
        CoverageOf(result, "8.5").Status.ShouldBe(CoverageStatus.NotCovered);
        CoverageOf(result, "8.5").Rules.ShouldBeEmpty();
    }

    [Fact]
    public void A_control_whose_rules_decided_nothing_needs_manual_evidence()
    {
        // Every resource is in a region with no known country: TEST001 gives only errors.
        var result = Some.Evaluate(Some.Snapshot([Some.Resource("a", "mars-1", null), Some.Resource("b", "mars-2", null)]));

        var coverage = CoverageOf(result, "5.23");

        coverage.Status.ShouldBe(CoverageStatus.Manual);
        coverage.Count(Outcome.Error).ShouldBe(2);
    }
}
