using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Cli.Internal;
using ComplianceEngine.History;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance history</c>: the recorded runs, newest first; <c>--all</c>: every run of every source set;
/// <c>history export|import</c>: moving runs between stores.</summary>
internal static class HistoryCommand
{
    public static Command Create(TextWriter stdout)
    {
        var config = CommonOptions.Config();
        var history = HistoryLocation.Option();
        var limit = new Option<int>("--limit") { Description = "How many runs to list.", DefaultValueFactory = _ => 20 };
        var all = new Option<bool>("--all") { Description = "Every run the history keeps, of every source set, grouped by source set (ignores --limit)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("history", "List the runs recorded in the run history, newest first.")
        {
            config, history, limit, all, format, HistoryTransferCommands.Export(stdout), HistoryTransferCommands.Import(stdout),
        };
        command.SetAction(parse =>
        {
            using var store = HistoryLocation.OpenExisting(parse.GetValue(history), ConfigFile.Load(parse.GetValue(config)));
            var everything = parse.GetValue(all);
            var runs = everything ? store.AllRuns() : store.Runs(Math.Max(1, parse.GetValue(limit)));
            if (parse.GetValue(format) == "json")
                stdout.WriteLine(JsonSerializer.Serialize(runs, Json));
            else
                WriteTable(stdout, store.Path, runs, everything);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static void WriteTable(TextWriter o, string path, IReadOnlyList<RunSummary> runs, bool all)
    {
        o.WriteLine(all
            ? $"Run history {path}: all {runs.Count} run(s) of {runs.Select(r => r.Scope).Distinct().Count()} source set(s), by source set, newest first."
            : $"Run history {path}: {runs.Count} run(s) shown, newest first.");
        o.WriteLine($"{"Run",-12}  {"Finished (UTC)",-16}  {"Status",-10} {"Exit",4} {"Fail",5} {"Pass",6} {"New",4} {"Regr",4} {"Res",4}  Sources");
        foreach (var run in runs)
        {
            var status = run.Complete ? "complete" : "incomplete";
            var drift = run.Drift is { } d ? $"{d.NewFailures,4} {d.Regressions,4} {d.Resolved,4}" : $"{"-",4} {"-",4} {"-",4}";
            o.WriteLine($"{run.ShortId,-12}  {Time(run.FinishedAt),-16}  {status,-10} {run.ExitCode,4} {run.Fail,5} {run.Pass,6} {drift}  {TerminalText.Escape(run.Scope)}");
        }
    }

    internal static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Text from the tenant (source ids, reasons) on a terminal: control characters cannot move the cursor or forge lines.</summary>
}
