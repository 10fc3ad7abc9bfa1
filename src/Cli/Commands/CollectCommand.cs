using System.CommandLine;
using ComplianceEngine.Cli.Internal;
using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance collect</c>: gather facts from the sources in rules.json into a snapshot, without evaluating.</summary>
internal static class CollectCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var config = CommonOptions.Config();
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write snapshot.json into.", Required = true };
        var logFormat = CommonOptions.LogFormat();
        var logLevel = CommonOptions.LogLevel();
        var command = new Command("collect", "Collect a snapshot from the sources configured in rules.json.") { config, output, logFormat, logLevel };
        command.SetAction(async (parse, cancellation) =>
        {
            using var log = Logging.Create(parse.GetValue(logFormat)!, parse.GetValue(logLevel)!, stderr);
            var settings = ConfigFile.Load(parse.GetValue(config));
            OutputLocation.Check(parse.GetValue(output)!);
            if (!SourceRegistry.HasSources(settings))
                throw new InputException(settings.Path ?? ConfigFile.DefaultName, "$.sources", null, "no sources are configured; add entra, aws or azure sources (see docs/collectors/)");
            var snapshot = await SourceRegistry.CollectAsync(settings, log, cancellation);
            var outDir = parse.GetValue(output)!;
            new OutputFolder(outDir.FullName).Write([new OutputFile("snapshot.json", stream => SnapshotSerializer.Write(snapshot, stream))]);
            foreach (var source in snapshot.Sources)
                stdout.WriteLine($"{source.Id}: {source.Status.ToString().ToLowerInvariant()}{(source.Reason is null ? "" : $" — {source.Reason}")}");
            stdout.WriteLine($"Wrote {Path.Combine(outDir.FullName, "snapshot.json")} ({snapshot.Facts.Count} facts).");
            return snapshot.Sources.All(s => s.Status == CollectionState.Complete) ? ExitCodes.Success : ExitCodes.Incomplete;
        });
        return command;
    }
}
