using System.Diagnostics;
using System.Globalization;
using Serilog;
using Serilog.Events;

namespace ComplianceEngine.Cli.Internal;

/// <summary>
/// What a scan is doing, for long runs (a 100k-user snapshot evaluates for half a minute, a PDF prints for minutes). On an
/// interactive terminal (stderr is a terminal and the logs are text) each stage is one line on stderr with the time since
/// the scan started; in an unattended run the same stages are log events — the stages at information, each output file at
/// debug — so a nightly log says where a slow or killed run was. Never on stdout: the summary is there.
/// </summary>
internal sealed class ScanProgress(ILogger log, TextWriter stderr, bool interactive)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Interactive when stderr is a terminal and the logs are not JSON (a JSON log is for a machine to read).</summary>
    public static ScanProgress For(ILogger log, TextWriter stderr, string logFormat) =>
        new(log, stderr, interactive: logFormat != "json" && !Console.IsErrorRedirected);

    public bool Interactive => interactive;

    public void Loading(string? snapshotPath)
    {
        if (snapshotPath is null)
            Stage(LogEventLevel.Information, "Collecting from the sources in rules.json (the bundled sample when none is configured)");
        else
            Stage(LogEventLevel.Information, "Loading the snapshot {Snapshot}", snapshotPath);
    }

    public void Evaluating(int rules, int facts) =>
        Stage(LogEventLevel.Information, "Evaluating {Rules} rules over {Facts} facts", rules, facts);

    public void PrintingPdf() => Stage(LogEventLevel.Information, "Printing report.pdf with headless Chromium");

    public void Writing(string fileName) => Stage(LogEventLevel.Debug, "Writing {File}", fileName);

    public void Recording() => Stage(LogEventLevel.Debug, "Recording the run in the history");

    private void Stage(LogEventLevel level, string template, params object[] values)
    {
        if (!interactive)
        {
            log.Write(level, template, values);
            return;
        }
        // The terminal line, and the event at debug for --log-level debug (a second line only when asked for).
        log.Debug(template, values);
        var seconds = _clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        stderr.WriteLine($"[{seconds,6}s] {Render(template, values)}…");
        stderr.Flush();
    }

    private static string Render(string template, object[] values)
    {
        var text = template;
        var next = 0;
        for (var open = text.IndexOf('{'); open >= 0 && next < values.Length; open = text.IndexOf('{', open + 1))
        {
            var close = text.IndexOf('}', open);
            if (close < 0)
                break;
            var value = values[next++] switch
            {
                int n => n.ToString("N0", CultureInfo.InvariantCulture),
                var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty,
            };
            text = text[..open] + value + text[(close + 1)..];
            open += value.Length - 1;
        }
        return text;
    }
}
