using ComplianceEngine.Engine.Evaluation;
using static ComplianceEngine.History.Tests.Runs;

namespace ComplianceEngine.History.Tests;

public sealed class PassRateTests
{
    private const string Both = nameof(Stores.Both);

    private static void RecordFiveNights(HistoryStore store)
    {
        // Night n: n of 4 users have MFA; the IAM rule always passes.
        for (var night = 0; night < 5; night++)
        {
            var results = Enumerable.Range(0, 4).Select(u => Result($"u{u}", u < night ? Outcome.Pass : Outcome.Fail))
                .Append(Result("svc", Outcome.Pass, rule: "AWS-IAM-01")).ToArray();
            store.Record(night, results);
        }
    }


    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void Per_rule_pass_rates_cover_the_last_n_runs_oldest_first(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        RecordFiveNights(store);
        var trends = store.RulePassRates(Scope, lastRuns: 3);

        trends.Select(t => t.RuleId).ShouldBe(["AWS-IAM-01", "ENT-MFA-01"]);
        trends[1].Points.Select(p => p.PassRate).ShouldBe([0.5, 0.75, 1.0]);
        trends[1].Points.Select(p => p.FinishedAt).ShouldBeInOrder();
        trends[0].Points.ShouldAllBe(p => p.PassRate == 1.0);
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void Per_control_pass_rates_add_up_the_rules_that_evidence_the_control(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        RecordFiveNights(store);
        var trends = store.ControlPassRates(Scope, lastRuns: 30);

        var mfa = trends.Single(t => t.ControlId == "A.8.5");
        mfa.Framework.ShouldBe("ISO27001:2022");
        mfa.RuleIds.ShouldBe(["ENT-MFA-01"]);
        mfa.Points.Select(p => (p.Pass, p.Fail)).ShouldBe([(0, 4), (1, 3), (2, 2), (3, 1), (4, 0)]);
        trends.Single(t => t.ControlId == "A.5.15").Points.Count.ShouldBe(5);
    }

    [Fact]
    public void A_rule_with_nothing_evaluated_has_no_pass_rate()
    {
        new TrendPoint("r", Night, 0, 0, 0, 0).PassRate.ShouldBeNull();
        new TrendPoint("r", Night, 1, 1, 1, 1).PassRate.ShouldBe(0.25);
    }
}
