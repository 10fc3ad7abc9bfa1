using System.CommandLine;
using System.Text.Json;
using ComplianceEngine.Cli.Internal;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance rules</c>: the catalogue with ids, severities, categories and controls.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var config = CommonOptions.Config();
        var command = new Command("rules", "List every rule (built-in, and the custom rules of rules.json) with its id, severity, category, controls and title.") { format, config };
        command.SetAction(parse =>
        {
            var rules = RuleProfiles.RulesFor(ConfigFile.Load(parse.GetValue(config))).Select(r => r.Descriptor).ToList();
            if (parse.GetValue(format) == "json")
                stdout.WriteLine(JsonSerializer.Serialize(rules.Select(ToJson), new JsonSerializerOptions { WriteIndented = true }));
            else
                WriteTable(stdout, rules);
            return ExitCodes.Success;
        });
        return command;
    }

    private static object ToJson(RuleDescriptor r) => new
    {
        id = r.Id,
        title = r.Title,
        category = r.Category,
        severity = r.DefaultSeverity.ToName(),
        enabledByDefault = r.EnabledByDefault,
        controls = r.Controls.Select(c => c.ToString()),
        benchmarks = r.Benchmarks.Select(b => $"{b.Benchmark} {b.Id}"),
        parameters = r.Parameters.Select(p => new { name = p.Name, kind = p.Kind.ToString(), @default = p.Default }),
        helpUri = r.HelpUri,
    };

    private static void WriteTable(TextWriter stdout, IReadOnlyList<RuleDescriptor> rules)
    {
        stdout.WriteLine($"{"ID",-13} {"SEVERITY",-8} {"CATEGORY",-15} {"CONTROLS",-34} TITLE");
        foreach (var r in rules)
        {
            var controls = string.Join(" ", r.Controls.Where(c => c.Framework != ControlReference.Organisation).Select(c => c.Id));
            stdout.WriteLine($"{r.Id,-13} {r.DefaultSeverity.ToName(),-8} {r.Category,-15} {controls,-34} {r.Title}");
        }
        stdout.WriteLine($"{rules.Count} rules. Details: docs/rules/<ID>.md");
    }
}
