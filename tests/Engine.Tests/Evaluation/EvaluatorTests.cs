using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static Waiver WaiverFor(string resource, DateOnly expires) => new()
    {
        RuleId = CountryRule.Rule.Id, Resource = resource, Justification = "accepted", Owner = "o", Approver = "a", Expires = expires,
    };

    [Fact]
    public void Waiver_turns_a_failure_into_waived_until_the_end_of_its_expiry_day()
    {
        var us = Some.AzureResource("eastus", "US");
        var de = Some.AzureResource("germanywestcentral", "DE");
        var today = DateOnly.FromDateTime(Some.Now.UtcDateTime);
        var config = ComplianceConfig.Default with
        {
            Waivers = [WaiverFor(us.Name!, today), WaiverFor(de.Id, today.AddDays(-1)), WaiverFor("nothing-here", today.AddDays(30))],
        };

        var result = new Evaluator(config).Evaluate(SomeSnapshot.With(us, de), [new CountryRule()]);

        var findings = result.Rules.Single().Findings;
        findings.Single(f => f.Resource.Id == us.Id).Outcome.ShouldBe(Outcome.Waived);
        findings.Single(f => f.Resource.Id == de.Id).Outcome.ShouldBe(Outcome.Fail);
        result.Waivers.Select(w => w.State).ShouldBe([WaiverState.Applied, WaiverState.Expired, WaiverState.Unused]);
        result.Waivers[0].ExpiresSoon.ShouldBeTrue();
        result.FailuresAtOrAbove(Engine.Rules.Severity.Warning).ShouldBe(1);
    }

    [Fact]
    public void Disabled_rule_is_not_evaluated()
    {
        var config = ComplianceConfig.Default with
        {
            RuleSeverities = new Dictionary<string, Engine.Rules.Severity> { [CountryRule.Rule.Id] = Engine.Rules.Severity.None },
        };

        new Evaluator(config).Evaluate(SomeSnapshot.With(Some.AzureResource("eastus", "US")), [new CountryRule()]).Rules.ShouldBeEmpty();
    }

    [Fact]
    public void Failed_source_makes_the_run_incomplete_and_never_passes()
    {
        var sources = SomeSnapshot.WithFailed(Some.AzureSource, "401 Unauthorized");

        var result = new Evaluator(ComplianceConfig.Default).Evaluate(SomeSnapshot.With(sources, Some.AzureResource()), [new CountryRule()]);

        result.IsComplete.ShouldBeFalse();
        result.Count(Outcome.Pass).ShouldBe(0);
        result.Findings.Single().Outcome.ShouldBe(Outcome.Error);
    }

    [Fact]
    public void A_partial_source_in_a_dataset_no_rule_needs_still_makes_the_run_incomplete()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraPim, "403: no Entra ID P2");

        var result = new Evaluator(ComplianceConfig.Default).Evaluate(SomeSnapshot.With(sources, Some.AzureResource()), [new CountryRule()]);

        result.Count(Outcome.Pass).ShouldBe(1);
        result.IsComplete.ShouldBeFalse();
    }

    [Fact]
    public void Same_snapshot_and_config_give_the_same_results_in_the_same_order()
    {
        var snapshot = SomeSnapshot.With(Some.AzureResource("eastus", "US"), Some.AzureResource(), Some.AzureResource("westeurope", "NL"));

        string Run() => string.Join("\n", new Evaluator(ComplianceConfig.Default).Evaluate(snapshot, [new CountryRule()])
            .Rules.SelectMany(r => r.All).Select(f => $"{f.RuleId} {f.Resource.Key} {f.Outcome} {f.Message}"));

        Run().ShouldBe(Run());
    }

    [Fact]
    public void Messages_are_filled_from_the_observed_values()
    {
        var us = Some.AzureResource("eastus", "US");

        var finding = new Evaluator(ComplianceConfig.Default).Evaluate(SomeSnapshot.With(us), [new CountryRule()]).Findings.Single();

        finding.Message.ShouldBe($"{us.Name} is in US.");
        finding.Remediation.ShouldBe($"move {us.Name}");
    }
}
