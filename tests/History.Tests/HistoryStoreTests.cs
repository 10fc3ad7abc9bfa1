using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using Microsoft.Data.Sqlite;
using static ComplianceEngine.History.Tests.Runs;

namespace ComplianceEngine.History.Tests;

/// <summary>The store's contract, on the SQLite file and on PostgreSQL alike.</summary>
public sealed class HistoryStoreTests
{
    private const string Both = nameof(Stores.Both);

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void A_recorded_run_keeps_every_result_passes_included_with_outcome_and_severity(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        var run = store.Record(0, Result("alice", Outcome.Pass), Result("bob", Outcome.Fail), Result("carol", Outcome.Waived));

        var listed = store.Runs().ShouldHaveSingleItem();
        listed.RunId.ShouldBe(run.RunId);
        listed.Scope.ShouldBe(Scope);
        (listed.Pass, listed.Fail, listed.Waived).ShouldBe((1, 1, 1));
        listed.FinishedAt.ShouldBe(run.FinishedAt);
        listed.ConfigSha256.ShouldBe(run.ConfigSha256);
        listed.Sources.ShouldBe(run.Sources);
        store.Results(listed).OrderBy(r => r.ResourceKey).ShouldBe(
            [Result("alice", Outcome.Pass), Result("bob", Outcome.Fail), Result("carol", Outcome.Waived)]);
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void Two_results_for_one_rule_and_resource_keep_the_first_unless_a_later_one_fails_and_the_last_name(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        ResultRecord Named(string user, Outcome outcome, string name) => Result(user, outcome) with { DisplayName = name };

        store.Record(0, Named("bob", Outcome.Pass, "Bob"), Named("bob", Outcome.Fail, "Bob"), Named("bob", Outcome.Pass, "Robert"),
            Named("eve", Outcome.Waived, "Eve"), Named("eve", Outcome.Pass, "Eve"), Named("ann", Outcome.Pass, "Ann"));

        store.Results(store.Runs()[0]).OrderBy(r => r.ResourceKey).Select(r => (r.DisplayName, r.Outcome))
            .ShouldBe([("Ann", Outcome.Pass), ("Robert", Outcome.Fail), ("Eve", Outcome.Waived)]);
    }

    [Fact]
    public void The_sqlite_store_is_in_wal_mode()
    {
        using var t = new TestStore(StoreKind.Sqlite);
        t.Open().Dispose();
        using var raw = new SqliteConnection($"Data Source={t.Location};Pooling=false");
        raw.Open();
        using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        command.ExecuteScalar().ShouldBe("wal");
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void A_new_run_is_compared_with_the_previous_run_of_the_same_scope(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        var previous = store.Record(0, Result("fixed", Outcome.Fail), Result("regressed", Outcome.Pass), Result("deleted", Outcome.Fail), Result("known", Outcome.Fail));
        store.Record(Run(1, scope: "entra:other", results: [Result("fixed", Outcome.Pass)]), [Result("fixed", Outcome.Pass)]);

        var drift = store.CompareWithBaseline(Scope,
            [Result("fixed", Outcome.Pass), Result("regressed", Outcome.Fail), Result("known", Outcome.Fail), Result("added", Outcome.Fail)]);

        drift.Baseline!.RunId.ShouldBe(previous.RunId);
        (drift.NewFailures, drift.Regressions, drift.Resolved, drift.UnchangedFailures).ShouldBe((1, 1, 2, 1));
        drift.Gone.ShouldHaveSingleItem().DisplayName.ShouldBe("deleted@contoso.example");
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void An_incomplete_run_is_not_the_baseline_while_a_complete_one_exists(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        var complete = store.Record(0, Result("bob", Outcome.Fail));
        store.Record(Run(1, complete: false, results: [Result("bob", Outcome.Error)]), [Result("bob", Outcome.Error)]);

        var drift = store.CompareWithBaseline(Scope, [Result("bob", Outcome.Fail)]);

        drift.Baseline!.RunId.ShouldBe(complete.RunId);
        drift.NewlyFailing.ShouldBe(0);
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void The_first_run_of_a_scope_has_no_baseline(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        store.Record(0, Result("bob", Outcome.Fail));

        var drift = store.CompareWithBaseline("azure:elsewhere", [Result("bob", Outcome.Fail)]);

        drift.Baseline.ShouldBeNull();
        drift.NewFailures.ShouldBe(1);
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void A_run_that_breaks_off_half_way_leaves_the_store_as_it_was(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        store.Record(0, Result("alice", Outcome.Pass));

        IEnumerable<ResultRecord> Breaking()
        {
            for (var i = 0; i < 2500; i++)
                yield return Result($"user{i}", Outcome.Fail);
            throw new IOException("killed");
        }
        Should.Throw<IOException>(() => store.Record(Run(1), Breaking()));

        store.Runs().Count.ShouldBe(1);
        t.Scalar("SELECT (SELECT count(*) FROM results) || '/' || (SELECT count(*) FROM result_keys)").ShouldBe("1/1");
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void A_cancelled_recording_is_rolled_back(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var results = Enumerable.Range(0, 1500).Select(i => Result($"u{i}", Outcome.Pass)).ToArray();

        Should.Throw<OperationCanceledException>(() => store.Record(Run(0, results: results), results, cancelled.Token));

        store.Runs().ShouldBeEmpty();
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void Diff_between_two_recorded_runs_lists_the_changes(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        var first = store.Record(0, Result("bob", Outcome.Fail), Result("alice", Outcome.Pass));
        var second = store.Record(1, Result("bob", Outcome.Pass), Result("alice", Outcome.Fail));
        var runs = store.Runs();

        var drift = store.Diff(runs[1], runs[0]);

        runs.Select(r => r.RunId).ShouldBe([second.RunId, first.RunId]);
        drift.Changes.Select(c => (c.DisplayName, c.State)).ShouldBe(
            [("alice@contoso.example", DriftState.Regression), ("bob@contoso.example", DriftState.Resolved)]);
        store.BaselineFor(Scope, runs[0])!.RunId.ShouldBe(first.RunId);
        store.BaselineFor(Scope, runs[1]).ShouldBeNull();
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void A_run_is_found_by_a_unique_prefix_of_its_id(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        var run = store.Record(0, Result("bob", Outcome.Fail));

        store.Find(run.RunId[..8]).RunId.ShouldBe(run.RunId);
        Should.Throw<InputException>(() => store.Find("zzzz")).Message.ShouldContain("no run 'zzzz'");
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void A_prefix_that_names_two_runs_is_an_error(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        store.Record(Run(0) with { RunId = "abc1" }, []);
        store.Record(Run(1) with { RunId = "abc2" }, []);

        Should.Throw<InputException>(() => store.Find("abc")).Message.ShouldContain("more than one run");
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_bad_input()
    {
        using var dir = new TempDir();
        var path = dir.File("notes.txt");
        File.WriteAllText(path, new string('x', 4096));

        Should.Throw<InputException>(() => HistoryStore.Open(path)).Message.ShouldContain("cannot use it as the run history");
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void A_store_written_by_a_newer_version_is_refused(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        t.Scalar("UPDATE meta SET value = '99' WHERE key = 'schemaVersion'");

        var refused = Should.Throw<InputException>(() => t.Open());
        refused.Message.ShouldContain("schema version 99");
        refused.Message.ShouldContain("newer than this tool's 1");
    }
}
