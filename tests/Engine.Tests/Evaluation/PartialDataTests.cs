using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Tests.Evaluation;

/// <summary>Outcomes under partial data: a gap in one scope turns only that scope's results into Error.</summary>
public sealed class PartialDataTests
{
    private const string Restricted = "9a9a9a9a-0000-4000-8000-000000000403";

    private static CloudResource InRestricted(string region, string country) => Some.AzureResource(region, country) with { Scope = Restricted };

    private static RuleEvaluation Evaluate(IReadOnlyList<SourceStatus> sources, IComplianceRule rule, params Engine.Facts.Fact[] facts) =>
        new Evaluator(ComplianceConfig.Default).Evaluate(SomeSnapshot.With(sources, facts), [rule]).Rules.Single();

    [Fact]
    public void A_gap_in_one_subscription_leaves_the_other_subscriptions_results_as_they_are()
    {
        var pass = Some.AzureResource("japaneast", "JP");
        var fail = Some.AzureResource("eastus", "US");
        var hidden = InRestricted("japaneast", "JP");
        var sources = SomeSnapshot.WithScopeGap(Some.AzureSource, Datasets.AzureResources, DataScope.Subscription(Restricted), "403 AuthorizationFailed");

        var rule = Evaluate(sources, new CountryRule(), pass, fail, hidden);

        rule.Passes.Single().Resource.Id.ShouldBe(pass.Id);
        rule.Findings.Single(f => f.Outcome == Outcome.Fail).Resource.Id.ShouldBe(fail.Id);
        var error = rule.Findings.Single(f => f.Outcome == Outcome.Error);
        error.Resource.Id.ShouldBe($"{Some.AzureSource}/subscription:{Restricted}");
        error.Reason.ShouldBe($"azure.resources from {Some.AzureSource} is failed for subscription {Restricted}: 403 AuthorizationFailed");
        error.Observed["affected"].ShouldBe(new[] { hidden.Resource.Key });
    }

    [Fact]
    public void A_subscription_whose_resources_could_not_be_listed_gets_an_Error_though_none_of_its_resources_was_seen()
    {
        var sources = SomeSnapshot.WithScopeGap(Some.AzureSource, Datasets.AzureResources, DataScope.Subscription(Restricted), "403");

        var rule = Evaluate(sources, new CountryRule(), Some.AzureResource());

        rule.Passes.Count.ShouldBe(1);
        var error = rule.Findings.ShouldHaveSingleItem();
        error.Outcome.ShouldBe(Outcome.Error);
        error.Observed["affectedResources"].ShouldBe(0);
    }

    [Fact]
    public void A_gap_in_one_item_is_an_Error_on_that_item_alone()
    {
        var unread = Some.AzureResource("eastus", "US");
        var other = Some.AzureResource("japaneast", "JP");
        var sources = SomeSnapshot.WithScopeGap(Some.AzureSource, Datasets.AzureResources, DataScope.Item(unread.Resource.Key), "location unknown");

        var rule = Evaluate(sources, new CountryRule(), unread, other);

        rule.Passes.Single().Resource.Id.ShouldBe(other.Id);
        var error = rule.Findings.ShouldHaveSingleItem();
        (error.Outcome, error.Resource.Id).ShouldBe((Outcome.Error, unread.Id));
        error.Reason!.ShouldContain("location unknown");
    }

    [Fact]
    public void A_gap_in_a_dataset_the_rule_does_not_read_changes_nothing()
    {
        var sources = SomeSnapshot.WithScopeGap(Some.AzureSource, Datasets.AzureRoleAssignments, DataScope.Subscription(Some.SubscriptionId), "403");

        var rule = Evaluate(sources, new CountryRule(), Some.AzureResource(), Some.AzureResource("eastus", "US"));

        rule.Passes.Count.ShouldBe(1);
        rule.Findings.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Fail);
    }

    [Fact]
    public void A_failure_the_missing_data_cannot_undo_stands_and_says_what_was_missing()
    {
        var fail = Some.AzureResource("eastus", "US");
        var pass = Some.AzureResource("japaneast", "JP");
        var sources = SomeSnapshot.WithGap(Some.AzureSource, Datasets.AzureResources, "truncated listing");

        var rule = Evaluate(sources, new CertainCountryRule(), fail, pass);

        var standing = rule.Findings.Single(f => f.Outcome == Outcome.Fail);
        standing.Resource.Id.ShouldBe(fail.Id);
        standing.Message.ShouldBe($"{fail.Name} is in US. (Decided on partial data: azure.resources from {Some.AzureSource} is failed: " +
                                  "truncated listing; what was read already proves this failure.)");
        rule.Passes.ShouldBeEmpty();
        rule.Findings.Single(f => f.Outcome == Outcome.Error).Observed["affected"].ShouldBe(new[] { pass.Resource.Key });
    }

    [Fact]
    public void A_scope_Error_counts_every_resource_it_stands_for_and_lists_the_first_thousand()
    {
        var hidden = Enumerable.Range(0, 1001).Select(_ => InRestricted("japaneast", "JP")).ToArray<Engine.Facts.Fact>();
        var sources = SomeSnapshot.WithScopeGap(Some.AzureSource, Datasets.AzureResources, DataScope.Subscription(Restricted), "403");

        var error = Evaluate(sources, new CountryRule(), hidden).Findings.ShouldHaveSingleItem();

        error.Observed["affectedResources"].ShouldBe(1001);
        ((IReadOnlyList<string>)error.Observed["affected"]!).Count.ShouldBe(1000);
    }

    [Fact]
    public void An_incomplete_scope_makes_the_run_incomplete()
    {
        var sources = SomeSnapshot.WithScopeGap(Some.AzureSource, Datasets.AzureResources, DataScope.Subscription(Restricted), "403");

        new Evaluator(ComplianceConfig.Default).Evaluate(SomeSnapshot.With(sources, Some.AzureResource()), [new CountryRule()])
            .IsComplete.ShouldBeFalse();
    }

    /// <summary><see cref="CountryRule"/>, but a resource seen outside the allowed countries is a certain failure.</summary>
    private sealed class CertainCountryRule : FactRule<CloudResource>
    {
        private readonly CountryRule _inner = new();

        public override RuleDescriptor Descriptor => CountryRule.Rule;
        protected override Expression<Func<CloudResource, bool>> Violation => r => r.Country != "JP";
        protected override IReadOnlyDictionary<string, object?> Observed(CloudResource r) => new Dictionary<string, object?> { ["country"] = r.Country };
        protected override string RemediationFor(CloudResource r) => _inner.Remediation(r);

        protected override bool FailStandsWithout(CloudResource fact, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) => true;
    }
}
