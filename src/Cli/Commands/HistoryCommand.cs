using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Cli.Internal;
using ComplianceEngine.History;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance history</c>: the recorded runs, newest first.</summary>
internal static class HistoryCommand
{
    public static Command Create(TextWriter stdout)
    {
        var config = CommonOptions.Config();
        var history = HistoryLocation.Option();
        var limit = new Option<int>("--limit") { Description = "How many runs to list.", DefaultValueFactory = _ => 20 };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("history", "List the runs recorded in the run history, newest first.") { config, history, limit, format };
        command.SetAction(parse =>
        {
            using var store = HistoryLocation.OpenExisting(parse.GetValue(history), ConfigFile.Load(parse.GetValue(config)));
            var runs = store.Runs(Math.Max(1, parse.GetValue(limit)));
            if (parse.GetValue(format) == "json")
                stdout.WriteLine(JsonSerializer.Serialize(runs, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            else
                WriteTable(stdout, store.Path, runs);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter o, string path, IReadOnlyList<RunSummary> runs)
    {
        o.WriteLine($"Run history {path}: {runs.Count} run(s) shown, newest first.");
        o.WriteLine($"{"Run",-12}  {"Finished (UTC)",-16}  {"Status",-10} {"Exit",4} {"Fail",5} {"Pass",6} {"New",4} {"Regr",4} {"Res",4}  Sources");
        foreach (var run in runs)
        {
            var status = run.Complete ? "complete" : "incomplete";
            var drift = run.Drift is { } d ? $"{d.NewFailures,4} {d.Regressions,4} {d.Resolved,4}" : $"{"-",4} {"-",4} {"-",4}";
            o.WriteLine($"{run.ShortId,-12}  {Time(run.FinishedAt),-16}  {status,-10} {run.ExitCode,4} {run.Fail,5} {run.Pass,6} {drift}  {TerminalText.Escape(run.Scope)}");
        }
    }

    internal static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
