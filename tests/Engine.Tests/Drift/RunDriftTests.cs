using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Tests.Drift;

public sealed class RunDriftTests
{
    private static readonly BaselineRun Baseline = new("run-1", new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));

    private static ResultRecord R(string resource, Outcome outcome, string rule = "ENT-MFA-01", Severity severity = Severity.Error) =>
        new(rule, $"entra/t/user/{resource}", resource, outcome, severity);

    [Fact]
    public void Each_current_result_is_new_unchanged_regressed_resolved_or_changed()
    {
        var drift = RunDrift.Compare(Baseline,
            [R("same-fail", Outcome.Fail), R("same-pass", Outcome.Pass), R("regressed", Outcome.Pass), R("fixed", Outcome.Fail), R("waived", Outcome.Fail)],
            [R("same-fail", Outcome.Fail), R("same-pass", Outcome.Pass), R("regressed", Outcome.Fail), R("fixed", Outcome.Pass), R("waived", Outcome.Waived), R("brand-new", Outcome.Fail)]);

        string Key(string r) => $"entra/t/user/{r}";
        drift.StateOf("ENT-MFA-01", Key("same-fail")).ShouldBe(DriftState.Unchanged);
        drift.StateOf("ENT-MFA-01", Key("same-pass")).ShouldBe(DriftState.Unchanged);
        drift.StateOf("ENT-MFA-01", Key("regressed")).ShouldBe(DriftState.Regression);
        drift.StateOf("ENT-MFA-01", Key("fixed")).ShouldBe(DriftState.Resolved);
        drift.StateOf("ENT-MFA-01", Key("waived")).ShouldBe(DriftState.Changed);
        drift.StateOf("ENT-MFA-01", Key("brand-new")).ShouldBe(DriftState.New);
        drift.PreviousOutcomeOf("ENT-MFA-01", Key("regressed")).ShouldBe(Outcome.Pass);
        (drift.NewFailures, drift.Regressions, drift.Resolved, drift.UnchangedFailures).ShouldBe((1, 1, 1, 1));
    }

    [Fact]
    public void A_failure_that_is_gone_is_resolved_and_a_pass_that_is_gone_is_not_listed()
    {
        var drift = RunDrift.Compare(Baseline, [R("deleted-failing", Outcome.Fail), R("deleted-passing", Outcome.Pass)], []);

        drift.Gone.Select(g => g.DisplayName).ShouldBe(["deleted-failing"]);
        drift.Resolved.ShouldBe(1);
        drift.Changes.ShouldHaveSingleItem().ShouldBe(new ResultChange("ENT-MFA-01", "entra/t/user/deleted-failing", "deleted-failing",
            DriftState.Resolved, Outcome.Fail, null, Severity.Error));
    }

    [Fact]
    public void A_vanished_failure_of_a_rule_that_was_not_fully_evaluated_is_unverified_not_resolved()
    {
        var drift = RunDrift.Compare(Baseline, [R("hidden", Outcome.Fail), R("deleted", Outcome.Fail, rule: "AWS-IAM-01")], [],
            fullyEvaluated: rule => rule != "ENT-MFA-01");

        drift.Resolved.ShouldBe(1);
        drift.Unverified.ShouldBe(1);
        drift.Gone.ShouldHaveSingleItem().RuleId.ShouldBe("AWS-IAM-01");
        drift.Changes.Single(c => c.RuleId == "ENT-MFA-01").State.ShouldBe(DriftState.Unverified);
    }

    [Fact]
    public void The_same_resource_under_another_rule_is_a_different_result()
    {
        var drift = RunDrift.Compare(Baseline, [R("u", Outcome.Fail, rule: "ENT-MFA-01")], [R("u", Outcome.Fail, rule: "ENT-MFA-08")]);

        drift.NewFailures.ShouldBe(1);
        drift.Gone.Count.ShouldBe(1);
    }

    [Fact]
    public void Newly_failing_counts_every_failure_that_was_not_one_before_at_or_above_the_threshold()
    {
        var drift = RunDrift.Compare(Baseline,
            [R("known", Outcome.Fail), R("was-waived", Outcome.Waived), R("was-passing", Outcome.Pass, severity: Severity.Warning)],
            [R("known", Outcome.Fail), R("was-waived", Outcome.Fail), R("was-passing", Outcome.Fail, severity: Severity.Warning), R("new-note", Outcome.Fail, severity: Severity.Note)]);

        drift.NewlyFailing.ShouldBe(3);
        drift.NewlyFailingAtOrAbove(Severity.Error).ShouldBe(1);
        drift.NewlyFailingAtOrAbove(Severity.Warning).ShouldBe(2);
    }

    [Fact]
    public void Without_a_baseline_every_result_is_new()
    {
        var drift = RunDrift.Compare(null, [], [R("a", Outcome.Fail), R("b", Outcome.Pass)]);

        drift.Baseline.ShouldBeNull();
        drift.StateOf("ENT-MFA-01", "entra/t/user/b").ShouldBe(DriftState.New);
        drift.NewFailures.ShouldBe(1);
        drift.Changes.Count.ShouldBe(1);
    }

    [Fact]
    public void The_fingerprint_depends_on_rule_and_resource_key_only()
    {
        R("a", Outcome.Fail).Fingerprint.ShouldBe(R("a", Outcome.Pass, severity: Severity.Note).Fingerprint);
        R("a", Outcome.Fail).Fingerprint.ShouldNotBe(R("a", Outcome.Fail, rule: "ENT-MFA-08").Fingerprint);
        R("a", Outcome.Fail).Fingerprint.Length.ShouldBe(64);
    }
}
