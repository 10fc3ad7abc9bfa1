using System.Text;

namespace ComplianceEngine.Cli.Internal;

/// <summary>
/// Everything the command prints (summary on stdout, logs and errors on stderr) passes through here, line by line:
/// control and bidi characters are escaped and known secrets masked (<see cref="TerminalText"/>). Names are also escaped
/// where they are interpolated, newlines included; this is the net under every other line.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _line = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_lock)
        {
            if (value == '\n')
                EndLine();
            else
                _line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
            return;
        lock (_lock)
        {
            var start = 0;
            for (var newline = value.IndexOf('\n'); newline >= 0; newline = value.IndexOf('\n', start))
            {
                _line.Append(value, start, newline - start);
                EndLine();
                start = newline + 1;
            }
            _line.Append(value, start, value.Length - start);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        lock (_lock)
        {
            Write(value);
            EndLine();
        }
    }

    public override void WriteLine() => Write('\n');

    public override Task WriteAsync(char value) { Write(value); return Task.CompletedTask; }
    public override Task WriteAsync(string? value) { Write(value); return Task.CompletedTask; }
    public override Task WriteLineAsync(string? value) { WriteLine(value); return Task.CompletedTask; }
    public override Task WriteLineAsync() { WriteLine(); return Task.CompletedTask; }

    public override void Flush()
    {
        lock (_lock)
        {
            if (_line.Length > 0)
            {
                inner.Write(TerminalText.EscapeKeepingNewlines(_line.ToString()));
                _line.Clear();
            }
            inner.Flush();
        }
    }

    public override Task FlushAsync() { Flush(); return Task.CompletedTask; }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Flush();
        base.Dispose(disposing);
    }

    private void EndLine()
    {
        // A CR before the newline is the platform's line ending (Windows), not a forged carriage return.
        if (_line.Length > 0 && _line[^1] == '\r')
            _line.Length--;
        inner.WriteLine(TerminalText.EscapeKeepingNewlines(_line.ToString()));
        _line.Clear();
    }
}
