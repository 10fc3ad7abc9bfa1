using System.CommandLine;
using ComplianceEngine.Cli.Internal;
using ComplianceEngine.History;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance history export FILE</c> and <c>compliance history import FILE</c>: moving runs between a SQLite
/// file and a PostgreSQL database (either way) through an export file; importing twice adds nothing.</summary>
internal static class HistoryTransferCommands
{
    public static Command Export(TextWriter stdout)
    {
        var (config, history, file) = Options("The export file to write (JSON Lines; gzip when it ends in .gz).");
        var command = new Command("export", "Write every run of the run history (results included) to a file, oldest first.") { file, config, history };
        command.SetAction((parse, cancellation) =>
        {
            using var store = HistoryLocation.OpenExisting(parse.GetValue(history), ConfigFile.Load(parse.GetValue(config)));
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var count = HistoryExport.Write(store, path, Outputs.ToolVersion, cancellation);
            stdout.WriteLine($"Exported {count} run(s) from {store.Path} to {path}.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    public static Command Import(TextWriter stdout)
    {
        var (config, history, file) = Options("An export file written by 'compliance history export'.");
        var command = new Command("import", "Add the runs of an export file to the run history (runs it already has are left alone).") { file, config, history };
        command.SetAction((parse, cancellation) =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            if (!File.Exists(path))
                throw new Engine.InputException(path, null, null, "no such export file");
            using var store = HistoryLocation.Open(parse.GetValue(history), ConfigFile.Load(parse.GetValue(config)));
            var counts = HistoryExport.Read(store, path, cancellation);
            stdout.WriteLine($"Imported {counts.Imported} run(s) into {store.Path}; {counts.AlreadyPresent} were already there.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static (Option<FileInfo?> Config, Option<string?> History, Argument<string> File) Options(string fileDescription) =>
        (CommonOptions.Config(), HistoryLocation.Option(), new Argument<string>("file") { Description = fileDescription });
}
