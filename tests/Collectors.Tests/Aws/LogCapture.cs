using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>A Serilog logger that keeps every rendered event (message, properties and exception) for assertions.</summary>
internal sealed class LogCapture : ILogEventSink
{
    private readonly List<string> _lines = [];

    public LogCapture() => Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();

    public ILogger Logger { get; }

    public string Text
    {
        get
        {
            lock (_lines)
                return string.Join('\n', _lines);
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_lines)
            _lines.Add($"{logEvent.Level} {logEvent.RenderMessage()} {string.Join(' ', logEvent.Properties.Values)} {logEvent.Exception}");
    }
}
