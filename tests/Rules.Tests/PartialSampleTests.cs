using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.Tests;

/// <summary>
/// The bundled partial sample is the complete sample read with gaps in some scopes: every result outside those scopes
/// is exactly the complete sample's, and inside them results only ever become Error or stay certain failures.
/// </summary>
public sealed class PartialSampleTests
{
    private static EvaluationResult Evaluate(string file) =>
        new Evaluator(ComplianceConfig.Default).Evaluate(SnapshotSerializer.Read(Repository.PathOf("samples", file)), BuiltInRules.Create());

    private static readonly EvaluationResult Complete = Evaluate("sample-tenant.snapshot.json");
    private static readonly EvaluationResult Partial = Evaluate("sample-tenant-partial.snapshot.json");

    // A joined fact (person model) is complete only where every side of its join is: it counts as read completely only
    // when its own source and every source on the other side are.
    private static Dictionary<(string Rule, string Key), (Outcome Outcome, string Source)> PerFact(EvaluationResult result) =>
        result.Rules.SelectMany(r => r.All.Where(f => f.Subject is not null))
            .ToDictionary(f => (f.RuleId, f.Resource.Key), f => (f.Outcome, f.Subject is IJoinedFact joined && joined.JoinedSources.Any(Incomplete) ? "(joined)" : f.Subject!.SourceId));

    private static bool Incomplete(string sourceId) => Partial.Snapshot.Sources.Single(s => s.Id == sourceId).Status != CollectionState.Complete;

    [Fact]
    public void Sources_read_completely_give_exactly_the_complete_samples_results()
    {
        var complete = Partial.Snapshot.Sources.Where(s => s.Status == CollectionState.Complete).Select(s => s.Id).ToHashSet();
        var before = PerFact(Complete).Where(r => complete.Contains(r.Value.Source)).ToList();

        complete.Count.ShouldBe(4);
        var now = PerFact(Partial);
        before.ShouldAllBe(r => now.ContainsKey(r.Key) && now[r.Key].Outcome == r.Value.Outcome);
    }

    [Fact]
    public void In_the_incomplete_scopes_results_become_Error_never_Pass_and_certain_failures_stay()
    {
        var now = PerFact(Partial);
        var changed = PerFact(Complete).Where(r => !now.TryGetValue(r.Key, out var n) || n.Outcome != r.Value.Outcome).ToList();

        changed.ShouldNotBeEmpty();
        changed.Where(r => now.ContainsKey(r.Key)).ShouldAllBe(r => now[r.Key].Outcome == Outcome.Error);
        // A Fail is never turned into a Pass, and the active synced admin of the tenant without PIM still fails.
        now.ShouldNotContain(n => n.Value.Outcome == Outcome.Pass && PerFact(Complete)[n.Key].Outcome == Outcome.Fail);
        // sample-prod (800-day key) and sample-dev (a key created 20 days ago) keep their certain AWS-ROOT-03 failures.
        Partial.Rules.Single(r => r.Descriptor.Id == "AWS-ROOT-03").Count(Outcome.Fail).ShouldBe(2);
    }

    [Fact]
    public void The_restricted_subscription_is_one_Error_per_rule_that_reads_it_and_the_run_is_incomplete()
    {
        var restricted = Partial.Findings.Where(f => f.Resource.Id.EndsWith("/subscription:9e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", StringComparison.Ordinal))
            .Select(f => f.RuleId).Order(StringComparer.Ordinal).ToList();

        // The PERSON-* rules join Azure role assignments to people: any person could hold a role in the unread subscription.
        restricted.ShouldBe(["AZ-RBAC-01", "AZ-RBAC-02", "LOC-AZ-01", "LOC-AZ-02", "LOC-AZ-03", "PERSON-LEAVER-01", "PERSON-MFA-01", "PERSON-STALE-01"]);
        Partial.IsComplete.ShouldBeFalse();
    }
}
