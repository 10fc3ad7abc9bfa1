using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using static ComplianceEngine.History.Tests.Runs;

namespace ComplianceEngine.History.Tests;

public sealed class RetentionTests
{
    private const string Both = nameof(Stores.Both);

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void Keep_runs_keeps_the_newest_runs_of_each_scope(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open(new HistorySettings { KeepRuns = 2 });
        store.Record(Run(0, scope: "entra:other"), [Result("x", Outcome.Pass)]);
        for (var night = 1; night <= 4; night++)
            store.Record(night, Result("bob", Outcome.Fail), Result($"night{night}", Outcome.Pass));

        store.Runs(scope: Scope).Select(r => r.FinishedAt).ShouldBe([Night.AddDays(4).AddMinutes(1), Night.AddDays(3).AddMinutes(1)]);
        store.Runs(scope: "entra:other").Count.ShouldBe(1);
        ResultKeys(t).ShouldBe(["x", "bob", "night3", "night4"], ignoreOrder: true);
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void Keep_days_deletes_older_runs_but_never_the_run_just_recorded(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open(new HistorySettings { KeepDays = 7 });
        store.Record(0, Result("bob", Outcome.Fail));
        store.Record(5, Result("bob", Outcome.Fail));
        store.Record(10, Result("bob", Outcome.Fail));
        // A late run carrying an old timestamp (a re-scan of an old snapshot) is still recorded.
        store.Record(Run(-30), [Result("old", Outcome.Fail)]);

        store.Runs().Select(r => r.FinishedAt.Day).ShouldBe([30, 25, 21]);
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void Without_limits_nothing_is_deleted(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open(new HistorySettings { KeepDays = null, KeepRuns = null });
        store.Record(0, Result("bob", Outcome.Fail));
        store.Record(1000, Result("bob", Outcome.Fail));

        store.Runs().Count.ShouldBe(2);
    }

    private static List<string> ResultKeys(TestStore store)
    {
        using var raw = store.Connect();
        using var command = raw.CreateCommand();
        command.CommandText = "SELECT resource_key FROM result_keys";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
            keys.Add(reader.GetString(0).Split('/').Last());
        return keys;
    }
}
