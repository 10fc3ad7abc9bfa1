using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ComplianceEngine.Cli.Internal;

/// <summary>Serilog to stderr: plain text for people, compact JSON (<c>--log-format json</c>) for log pipelines.</summary>
internal static class Logging
{
    public static Logger Create(string format, string level, TextWriter stderr)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(ParseLevel(level))
            .Enrich.WithProperty("Application", "compliance");
        configuration = format == "json"
            ? configuration.WriteTo.TextWriter(new CompactJsonFormatter(), stderr)
            : configuration.WriteTo.TextWriter(stderr, outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
        return configuration.CreateLogger();
    }

    private static LogEventLevel ParseLevel(string level) => level switch
    {
        "debug" => LogEventLevel.Debug,
        "warning" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        _ => LogEventLevel.Information,
    };
}
