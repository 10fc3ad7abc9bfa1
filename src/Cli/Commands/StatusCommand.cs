using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Cli.Internal;
using ComplianceEngine.History;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>compliance status</c>: the latest run of every source set in the history — when, its exit code, failures, new
/// failures, the sources it could not read completely — and which source sets have had no run for too long.
/// Group-wide on a shared PostgreSQL history; the same on a SQLite file.
/// </summary>
internal static class StatusCommand
{
    private sealed record SourceSetStatus(string Scope, string? Organization, string RunId, DateTimeOffset FinishedAt, double AgeHours,
        int ExitCode, bool Complete, int Fail, int Pass, int Error, int? NewFailures, IReadOnlyList<SourceRecord> IncompleteSources, bool Stale);

    public static Command Create(TextWriter stdout)
    {
        var config = CommonOptions.Config();
        var history = HistoryLocation.Option();
        var staleHours = new Option<int>("--stale-hours")
        {
            Description = "A source set whose latest run finished longer ago than this is stale (a nightly job that stopped running).",
            DefaultValueFactory = _ => 26,
        };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("status", "Show the latest run of every source set in the run history, and which are stale.") { config, history, staleHours, format };
        command.SetAction(parse =>
        {
            var hours = parse.GetValue(staleHours);
            if (hours < 1)
                throw new Engine.InputException("command line", null, null, "--stale-hours must be at least 1");
            using var store = HistoryLocation.OpenExisting(parse.GetValue(history), ConfigFile.Load(parse.GetValue(config)));
            var now = DateTimeOffset.UtcNow;
            var sets = store.LatestRuns().Select(run => new SourceSetStatus(run.Scope, run.Organization, run.RunId, run.FinishedAt,
                Math.Round((now - run.FinishedAt).TotalHours, 1), run.ExitCode, run.Complete, run.Fail, run.Pass, run.Error, run.Drift?.NewFailures,
                run.Sources.Where(s => s.Status != "complete").ToList(), now - run.FinishedAt > TimeSpan.FromHours(hours))).ToList();
            if (parse.GetValue(format) == "json")
                stdout.WriteLine(JsonSerializer.Serialize(new { history = store.Path, at = now, staleHours = hours, sourceSets = sets }, HistoryCommand.Json));
            else
                WriteTable(stdout, store.Path, hours, sets);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter o, string path, int staleHours, IReadOnlyList<SourceSetStatus> sets)
    {
        var stale = sets.Count(s => s.Stale);
        o.WriteLine($"Run history {path}: {sets.Count} source set(s), {stale} stale (no run in {staleHours} h).");
        if (sets.Count == 0)
            return;
        o.WriteLine($"{"Finished (UTC)",-16} {"Age",7}  {"Exit",4} {"Fail",5} {"New",4}  {"State",-10}  {"Organization",-20}  Sources");
        foreach (var s in sets)
        {
            var state = s.Stale ? "STALE" : s.Complete ? "complete" : "incomplete";
            var age = s.AgeHours.ToString("0.0", CultureInfo.InvariantCulture) + " h";
            o.WriteLine($"{HistoryCommand.Time(s.FinishedAt),-16} {age,7}  {s.ExitCode,4} {s.Fail,5} {s.NewFailures?.ToString(CultureInfo.InvariantCulture) ?? "-",4}  " +
                        $"{state,-10}  {Truncate(TerminalText.Escape(s.Organization), 20),-20}  {TerminalText.Escape(s.Scope)}");
            foreach (var source in s.IncompleteSources)
                o.WriteLine($"{"",36}  {TerminalText.Escape(source.Id)} was {source.Status}{(source.Reason is null ? "" : ": " + TerminalText.Escape(source.Reason))}");
        }
    }

    private static string Truncate(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
