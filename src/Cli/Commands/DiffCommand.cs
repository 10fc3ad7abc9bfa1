using System.CommandLine;
using ComplianceEngine.Cli.Internal;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.History;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>compliance diff [FROM] [TO]</c>: what changed between two recorded runs. No run: the latest run against
/// the run it was compared with (the previous run of the same sources); one run: that run against its previous.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout)
    {
        var config = CommonOptions.Config();
        var history = HistoryLocation.Option();
        var runs = new Argument<string[]>("runs")
        {
            Description = "Zero, one or two run ids (or unique prefixes), older first. Default: the latest run and the one before it of the same sources.",
            Arity = new ArgumentArity(0, 2),
        };
        var command = new Command("diff", "Show what changed between two recorded runs: new, regressed and resolved failures.") { runs, config, history };
        command.SetAction(parse =>
        {
            using var store = HistoryLocation.OpenExisting(parse.GetValue(history), ConfigFile.Load(parse.GetValue(config)));
            var given = parse.GetValue(runs) ?? [];
            var to = given.Length == 2 ? store.Find(given[1]) : given.Length == 1 ? store.Find(given[0]) : Latest(store);
            var from = given.Length == 2 ? store.Find(given[0]) : store.BaselineFor(to.Scope, to);
            if (from is null)
            {
                stdout.WriteLine($"Run {to.ShortId} ({HistoryCommand.Time(to.FinishedAt)} UTC) is the first of its sources ({TerminalText.Escape(to.Scope)}); nothing to compare with.");
                return ExitCodes.Success;
            }
            Write(stdout, from, to, store.Diff(from, to));
            return ExitCodes.Success;
        });
        return command;
    }

    private static RunSummary Latest(HistoryStore store) =>
        store.Runs(1).FirstOrDefault() ?? throw new Engine.InputException(store.Path, null, null, "the run history has no runs yet");

    private static void Write(TextWriter o, RunSummary from, RunSummary to, RunDrift drift)
    {
        o.WriteLine($"From run {from.ShortId} ({HistoryCommand.Time(from.FinishedAt)} UTC) to run {to.ShortId} ({HistoryCommand.Time(to.FinishedAt)} UTC)");
        o.WriteLine(from.Scope == to.Scope ? $"Sources: {TerminalText.Escape(to.Scope)}" : $"Sources differ: {TerminalText.Escape(from.Scope)} → {TerminalText.Escape(to.Scope)}");
        foreach (var source in to.Sources.Where(s => s.Status != "complete"))
            o.WriteLine($"  {TerminalText.Escape(source.Id)} was {TerminalText.Escape(source.Status)} in run {to.ShortId}: {TerminalText.Escape(source.Reason)}");
        if (from.ConfigSha256 != to.ConfigSha256)
            o.WriteLine("Configuration changed between the runs (rules.json hash differs).");
        o.WriteLine($"{DriftSummary.Counts(drift)}.");
        foreach (var change in drift.Changes)
            o.WriteLine($"  {DriftSummary.Label(change.State),-10} {TerminalText.Escape(change.RuleId),-12} {TerminalText.Escape(change.DisplayName)} ({TerminalText.Escape(change.ResourceKey)}): " +
                        $"{Outcome(change.Previous)} → {Outcome(change.Current)}");
    }

    private static string Outcome(Engine.Evaluation.Outcome? outcome) => outcome?.ToString().ToLowerInvariant() ?? "gone";
}
