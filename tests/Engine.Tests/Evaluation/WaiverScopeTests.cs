using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Engine.Tests.Evaluation;

/// <summary>#13.3: a waiver by name or id never reaches a same-named resource in another tenant, account or subscription.</summary>
public sealed class WaiverScopeTests
{
    private const string OtherSubscription = "99999999-9999-4999-8999-999999999999";

    private static Waiver WaiverFor(string resource, string? scope = null) => new()
    {
        RuleId = CountryRule.Rule.Id, Resource = resource, Scope = scope, Justification = "accepted", Owner = "o", Approver = "a",
        Expires = DateOnly.FromDateTime(Some.Now.UtcDateTime).AddDays(30),
    };

    // The same name (a tag anyone may set) or the same id in two subscriptions.
    public static TheoryData<string> MatchedBy => new() { "name", "id" };

    private static (CloudResource Mine, CloudResource Theirs, string Matched) Twins(string matchedBy)
    {
        var mine = Some.AzureResource("eastus", "US") with { Name = "legacy-archive" };
        var theirs = mine with { Scope = OtherSubscription, Id = matchedBy == "id" ? mine.Id : mine.Id.Replace(Some.SubscriptionId, OtherSubscription, StringComparison.Ordinal) };
        return (mine, theirs, matchedBy == "id" ? mine.Id : "LEGACY-ARCHIVE");
    }

    [Theory]
    [MemberData(nameof(MatchedBy))]
    public void A_waiver_with_a_scope_waives_only_inside_it(string matchedBy)
    {
        var (mine, theirs, name) = Twins(matchedBy);
        var config = ComplianceConfig.Default with { Waivers = [WaiverFor(name, Some.SubscriptionId)] };

        var result = new Evaluator(config).Evaluate(SomeSnapshot.With(mine, theirs), [new CountryRule()]);

        var findings = result.Rules.Single().Findings;
        findings.Single(f => f.Resource.Scope == Some.SubscriptionId).Outcome.ShouldBe(Outcome.Waived);
        findings.Single(f => f.Resource.Scope == OtherSubscription).Outcome.ShouldBe(Outcome.Fail);
        result.Waivers.Single().AmbiguousScopes.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(MatchedBy))]
    public void A_waiver_without_a_scope_whose_name_matches_in_two_scopes_waives_neither_and_says_so(string matchedBy)
    {
        var (mine, theirs, name) = Twins(matchedBy);
        var config = ComplianceConfig.Default with { Waivers = [WaiverFor(name)] };

        var result = new Evaluator(config).Evaluate(SomeSnapshot.With(mine, theirs), [new CountryRule()]);

        result.Rules.Single().Findings.ShouldAllBe(f => f.Outcome == Outcome.Fail);
        result.Waivers.Single().AmbiguousScopes.ShouldBe([$"azure/{Some.SubscriptionId}", $"azure/{OtherSubscription}"], ignoreOrder: true);
    }

    [Fact]
    public void A_waiver_without_a_scope_still_waives_a_name_seen_in_one_scope_and_a_key_always()
    {
        var (mine, theirs, _) = Twins("name");
        var config = ComplianceConfig.Default with { Waivers = [WaiverFor(mine.Resource.Key), WaiverFor("only-here")] };
        var single = Some.AzureResource("eastus", "US") with { Name = "only-here" };

        var result = new Evaluator(config).Evaluate(SomeSnapshot.With(mine, theirs, single), [new CountryRule()]);

        var findings = result.Rules.Single().Findings;
        findings.Single(f => f.Resource == mine.Resource).Outcome.ShouldBe(Outcome.Waived);
        findings.Single(f => f.Resource == theirs.Resource).Outcome.ShouldBe(Outcome.Fail);
        findings.Single(f => f.Resource == single.Resource).Outcome.ShouldBe(Outcome.Waived);
    }
}
