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
            .Enrich.With(new EscapedProperties())
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

    // A property value (a display name, an API's reason) stays on its own line whatever it holds: control characters,
    // newlines included, are escaped and known secrets masked before any formatter sees it.
    private sealed class EscapedProperties : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            foreach (var (name, value) in logEvent.Properties.ToList())
            {
                if (Escaped(value) is { } safe)
                    logEvent.AddOrUpdateProperty(new LogEventProperty(name, safe));
            }
        }

        private static LogEventPropertyValue? Escaped(LogEventPropertyValue value) => value switch
        {
            ScalarValue { Value: string text } when TerminalText.Escape(text) is var safe && safe != text => new ScalarValue(safe),
            SequenceValue sequence when sequence.Elements.Any(e => Escaped(e) is not null) =>
                new SequenceValue(sequence.Elements.Select(e => Escaped(e) ?? e)),
            _ => null,
        };
    }

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
