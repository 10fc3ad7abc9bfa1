using Microsoft.Data.Sqlite;

namespace ComplianceEngine.Cli.Tests.Hardening;

/// <summary>#13.13: a bad history is found before anything is published: exit 3, the outputs and the file left alone.</summary>
public sealed class HistoryIntegrityTests : IDisposable
{
    private readonly TempDir _dir = new();

    private Task<CliRun> Scan(string history) =>
        CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", _dir.File("out"), "--history", history);

    private Dictionary<string, byte[]> Outputs() =>
        Directory.GetFiles(_dir.File("out")).ToDictionary(p => Path.GetFileName(p)!, File.ReadAllBytes);

    public static TheoryData<int> DamagedPages => new() { 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(DamagedPages))]
    public async Task A_damaged_page_is_exit_3_before_publishing_and_the_previous_outputs_stay(int page)
    {
        var history = _dir.File("history.db");
        (await Scan(history)).ExitCode.ShouldBe(ExitCodes.Failures);
        var before = Outputs();
        SqliteConnection.ClearAllPools();
        using (var file = File.OpenWrite(history))
        {
            file.Position = (page - 1) * 4096L + 8;
            file.Write(Enumerable.Repeat((byte)0xA5, 4000).ToArray());
        }

        var run = await Scan(history);

        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.Stderr);
        run.Stderr.ShouldContain(history);
        var after = Outputs();
        after.Keys.Order().ShouldBe(before.Keys.Order());
        foreach (var (name, bytes) in before)
            after[name].ShouldBe(bytes, name);
    }

    [Fact]
    public async Task A_sqlite_file_that_is_not_a_history_is_refused_and_left_exactly_as_it_was()
    {
        var other = _dir.File("app.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('a');";
            command.ExecuteNonQuery();
        }
        var bytes = File.ReadAllBytes(other);

        var run = await Scan(other);

        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.Stderr);
        run.Stderr.ShouldContain("not a run history");
        File.ReadAllBytes(other).ShouldBe(bytes);
        File.Exists(other + "-wal").ShouldBeFalse();
        Directory.Exists(_dir.File("out")).ShouldBeFalse();
    }

    public void Dispose() => _dir.Dispose();
}
