using ComplianceEngine.Engine.Evaluation;
using Microsoft.Data.Sqlite;
using static ComplianceEngine.History.Tests.Runs;

namespace ComplianceEngine.History.Tests;

/// <summary>Scans of several tenants started at once against one SQLite file: all of them land. (PostgreSQL: <see cref="PostgresConcurrentWriterTests"/>.)</summary>
public sealed class ConcurrentWriterTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_writer_waits_for_another_writers_transaction_instead_of_failing()
    {
        var path = _dir.File("h.db");
        HistoryStore.Open(path).Dispose();
        using var blocker = Lock(path);

        var recording = Task.Run(() =>
        {
            using var store = HistoryStore.Open(path);
            store.Record(0, Result("bob", Outcome.Fail));
        });
        await Task.Delay(1000);
        recording.IsCompleted.ShouldBeFalse();
        blocker.Dispose();
        await recording.WaitAsync(TimeSpan.FromSeconds(30));

        using var check = HistoryStore.Open(path);
        check.Runs().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Two_scan_processes_writing_one_store_at_once_both_land()
    {
        var path = _dir.File("shared-history.db");
        HistoryStore.Open(path).Dispose();
        // Hold the write lock while both processes start, so they really contend for it.
        var blocker = Lock(path);
        var scans = new[] { "a", "b" }.Select(name => Task.Run(() => Processes.Scan(path, _dir.File(name)))).ToArray();
        await Task.Delay(3000);
        blocker.Dispose();

        var results = await Task.WhenAll(scans).WaitAsync(TimeSpan.FromSeconds(60));

        results.ShouldAllBe(r => r.ExitCode == 1 && r.Stderr.Contains("recorded in the history"), string.Join("\n", results.Select(r => r.Stderr)));
        using var store = HistoryStore.Open(path);
        var runs = store.Runs();
        runs.Count.ShouldBe(2);
        runs.ShouldAllBe(r => store.Results(r).Count() == r.Pass + r.Fail + r.Waived + r.NotApplicable + r.Error && r.Fail > 0);
        runs.Select(r => r.RunId).Distinct().Count().ShouldBe(2);
    }

    private static SqliteTransactionHolder Lock(string path) => new(path);

    /// <summary>Another connection holding the store's write lock until disposed.</summary>
    private sealed class SqliteTransactionHolder : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _transaction;

        public SqliteTransactionHolder(string path)
        {
            _connection = new SqliteConnection($"Data Source={path};Pooling=false");
            _connection.Open();
            _transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = "INSERT INTO meta (key, value) VALUES ('lock', 'held')";
            command.ExecuteNonQuery();
        }

        public void Dispose()
        {
            _transaction.Dispose();
            _connection.Dispose();
        }
    }
}
