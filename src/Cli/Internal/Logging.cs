using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace ComplianceEngine.Cli.Internal;

/// <summary>Serilog to stderr: plain text for people, compact JSON (<c>--log-format json</c>) for log pipelines.</summary>
internal static class Logging
{
    public static Logger Create(string format, string level, TextWriter stderr)
    {
        ITextFormatter formatter = format == "json"
            ? new CompactJsonFormatter()
            : new MessageTemplateTextFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
        return new LoggerConfiguration()
            .MinimumLevel.Is(ParseLevel(level))
            .Enrich.WithProperty("Application", "compliance")
            .WriteTo.Sink(new TextWriterSink(formatter, stderr))
            .CreateLogger();
    }

    private static LogEventLevel ParseLevel(string level) => level switch
    {
        "debug" => LogEventLevel.Debug,
        "warning" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        _ => LogEventLevel.Information,
    };

    private sealed class TextWriterSink(ITextFormatter formatter, TextWriter writer) : ILogEventSink
    {
        private readonly Lock _lock = new();

        public void Emit(LogEvent logEvent)
        {
            lock (_lock)
            {
                formatter.Format(logEvent, writer);
                writer.Flush();
            }
        }
    }
}
