using System.CommandLine;

namespace ComplianceEngine.Cli.Internal;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo?> Config() => new("--config")
    {
        Description = "rules.json: severities, parameters, waivers, sources. Default: ./rules.json when present, else built-in defaults.",
    };

    public static Option<string> LogFormat()
    {
        var option = new Option<string>("--log-format") { Description = "Log format on stderr.", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    public static Option<string> LogLevel()
    {
        var option = new Option<string>("--log-level") { Description = "Minimum log level.", DefaultValueFactory = _ => "information" };
        option.AcceptOnlyFromAmong("debug", "information", "warning", "error");
        return option;
    }
}
