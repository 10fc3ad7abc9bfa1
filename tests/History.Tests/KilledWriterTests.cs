using System.Diagnostics;
using ComplianceEngine.Engine.Evaluation;
using Microsoft.Data.Sqlite;
using static ComplianceEngine.History.Tests.Runs;

namespace ComplianceEngine.History.Tests;

/// <summary>A writer process killed (SIGKILL) while recording a large run: the store keeps only what was committed.</summary>
public sealed class KilledWriterTests : IDisposable
{
    private const long MidTransactionWalBytes = 8 * 1024 * 1024;
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_writer_killed_in_the_middle_of_a_run_leaves_the_store_as_it_was()
    {
        var path = _dir.File("history.db");
        using (var store = HistoryStore.Open(path))
            store.Record(0, Result("bob", Outcome.Fail), Result("alice", Outcome.Pass));

        using var writer = Processes.Record(path, 2_000_000, Scope);
        var deadline = Stopwatch.StartNew();
        while (!writer.HasExited && WalLength(path) < MidTransactionWalBytes && deadline.Elapsed < TimeSpan.FromSeconds(60))
            await Task.Delay(5);
        writer.HasExited.ShouldBeFalse("the writer finished or failed before it could be killed half-way");
        writer.Kill();
        await writer.WaitForExitAsync();

        using var after = HistoryStore.Open(path);
        var run = after.Runs().ShouldHaveSingleItem();
        after.Results(run).Count().ShouldBe(2);
        IntegrityCheck(path).ShouldBe("ok");
    }

    private static long WalLength(string path) => File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0;

    private static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
