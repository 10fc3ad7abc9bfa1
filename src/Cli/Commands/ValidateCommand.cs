using System.CommandLine;
using ComplianceEngine.Cli.Internal;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance validate</c>: checks rules.json and reports every problem with file, JSON path and line.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var config = CommonOptions.Config();
        var command = new Command("validate", "Validate rules.json: rule ids, severities, parameter types, waivers, sources.") { config };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(config);
            var loaded = ConfigFile.Load(file);
            SourceRegistry.Validate(loaded);
            stdout.WriteLine(loaded.Path is null
                ? "No rules.json found: the built-in defaults apply."
                : $"{loaded.Path}: valid ({loaded.RuleSeverities.Count} rule settings, {loaded.Waivers.Count} waivers, sha256 {loaded.Sha256[..12]}…).");
            return ExitCodes.Success;
        });
        return command;
    }
}
