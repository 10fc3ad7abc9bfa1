using System.Data.Common;
using System.Diagnostics;
using ComplianceEngine.Engine.Evaluation;
using static ComplianceEngine.History.Tests.Runs;

namespace ComplianceEngine.History.Tests;

/// <summary>
/// Many scanners (separate processes, as on separate machines) writing one PostgreSQL history at once: every run lands,
/// once, whole; a writer killed half-way leaves nothing behind.
/// </summary>
public sealed class PostgresConcurrentWriterTests
{
    [PostgresFact]
    public async Task A_writer_waits_for_another_writers_transaction_instead_of_failing()
    {
        using var t = new TestStore(StoreKind.Postgres);
        t.Open().Dispose();
        var blocker = HoldWriterLock(t);

        var recording = Task.Run(() =>
        {
            using var store = t.Open();
            store.Record(0, Result("bob", Outcome.Fail));
        });
        await Task.Delay(1000);
        recording.IsCompleted.ShouldBeFalse();
        blocker.Dispose();
        await recording.WaitAsync(TimeSpan.FromSeconds(30));

        using var check = t.Open();
        check.Runs().Count.ShouldBe(1);
    }

    [PostgresFact]
    public async Task Scan_processes_of_several_tenants_writing_one_server_at_once_all_land_once()
    {
        using var t = new TestStore(StoreKind.Postgres);
        // First use by many at once: the schema is created once, under the writers' lock.
        var snapshots = new[] { "sample-tenant.snapshot.json", "sample-tenant-partial.snapshot.json" };
        var blocker = (IDisposable?)null;
        var first = Enumerable.Range(0, 4).Select(i => Task.Run(() => Processes.Scan(t.Location, t.Dir.File($"a{i}"), snapshots[i % 2]))).ToArray();
        var firstResults = await Task.WhenAll(first).WaitAsync(TimeSpan.FromMinutes(3));
        // Then a second wave held behind a writer's lock while all of them start, so they really queue for it.
        blocker = HoldWriterLock(t);
        var second = Enumerable.Range(0, 4).Select(i => Task.Run(() => Processes.Scan(t.Location, t.Dir.File($"b{i}"), snapshots[i % 2]))).ToArray();
        await Task.Delay(3000);
        second.ShouldAllBe(s => !s.IsCompleted);
        blocker.Dispose();
        var results = firstResults.Concat(await Task.WhenAll(second).WaitAsync(TimeSpan.FromMinutes(3))).ToList();

        results.ShouldAllBe(r => (r.ExitCode == 1 || r.ExitCode == 2) && r.Stderr.Contains("recorded in the history"), string.Join("\n", results.Select(r => r.Stderr)));
        using var store = t.Open();
        var runs = store.Runs();
        runs.Count.ShouldBe(8);
        runs.Select(r => r.RunId).Distinct().Count().ShouldBe(8);
        runs.ShouldAllBe(r => store.Results(r).Count() == r.Pass + r.Fail + r.Waived + r.NotApplicable + r.Error && r.Fail > 0);
        t.Scalar("SELECT count(*) - count(DISTINCT (rule_id, resource_key)) FROM result_keys").ShouldBe(0L);
    }

    [PostgresFact]
    public async Task Large_runs_of_different_tenants_from_separate_processes_all_land_whole()
    {
        using var t = new TestStore(StoreKind.Postgres);
        t.Open().Dispose();
        var writers = Enumerable.Range(0, 4).Select(i => Processes.Record(t.Location, 20_000, $"entra:tenant{i}")).ToList();
        foreach (var writer in writers)
        {
            await writer.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            writer.ExitCode.ShouldBe(0);
            writer.Dispose();
        }

        using var store = t.Open();
        var latest = store.LatestRuns();
        latest.Select(r => r.Scope).ShouldBe(["entra:tenant0", "entra:tenant1", "entra:tenant2", "entra:tenant3"]);
        latest.ShouldAllBe(r => store.Results(r).Count() == 20_000);
    }

    [PostgresFact]
    public async Task A_writer_killed_in_the_middle_of_a_run_leaves_the_store_as_it_was()
    {
        using var t = new TestStore(StoreKind.Postgres);
        using (var store = t.Open())
            store.Record(0, Result("bob", Outcome.Fail), Result("alice", Outcome.Pass));

        using var writer = Processes.Record(t.Location, 2_000_000);
        var deadline = Stopwatch.StartNew();
        // Killed once it has held the writers' lock for a second: inside its transaction, streaming results.
        while (!writer.HasExited && !WriterLockHeld(t) && deadline.Elapsed < TimeSpan.FromSeconds(60))
            await Task.Delay(20);
        await Task.Delay(1000);
        writer.HasExited.ShouldBeFalse("the writer finished or failed before it could be killed half-way");
        writer.Kill();
        await writer.WaitForExitAsync();

        using var after = t.Open();
        after.Record(1, Result("carol", Outcome.Fail));
        after.Runs().Count.ShouldBe(2);
        t.Scalar("SELECT count(*) FROM results").ShouldBe(3L);
    }

    private static bool WriterLockHeld(TestStore t) =>
        (long)t.Scalar("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 7405 AND objid::bigint = (hashtext(current_schema()) & 4294967295) AND granted")! > 0;

    /// <summary>Another connection holding the writers' lock of the store until disposed.</summary>
    private static IDisposable HoldWriterLock(TestStore t)
    {
        var connection = t.Connect();
        var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Internal.Postgres.PostgresSchema.WriterLock;
        command.ExecuteNonQuery();
        return new Holder(connection, transaction);
    }

    private sealed class Holder(DbConnection connection, DbTransaction transaction) : IDisposable
    {
        public void Dispose()
        {
            transaction.Dispose();
            connection.Dispose();
        }
    }
}
