using System.Globalization;
using System.Text;
using ComplianceEngine.Engine.Secrets;

namespace ComplianceEngine.Cli.Internal;

/// <summary>
/// Makes text from tenants safe to print on a terminal or in a log: every control character (C0 and C1, so ESC, CR,
/// LF, BEL and the ANSI/OSC sequences they start; DEL) and every bidirectional or invisible formatting character is
/// shown as <c>\u001B</c> instead of acting, and known secrets are masked. A display name therefore cannot move the
/// cursor, hide text (<c>ESC[8m</c>), rewrite a line (CR) or start a new one that looks like the tool's own.
/// </summary>
internal static class TerminalText
{
    /// <summary>One value, newlines included: for names and reasons interpolated into a line.</summary>
    public static string Escape(string? value) => Escape(value, keepNewlines: false);

    /// <summary>Whole output: newlines are the tool's own line breaks and stay; everything else is escaped.</summary>
    public static string EscapeKeepingNewlines(string? value) => Escape(value, keepNewlines: true);

    private static string Escape(string? value, bool keepNewlines)
    {
        if (string.IsNullOrEmpty(value))
            return value ?? string.Empty;
        value = SecretRedactor.Redact(value)!;
        if (!value.Any(c => IsUnsafe(c, keepNewlines)))
            return value;
        var safe = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            if (IsUnsafe(c, keepNewlines))
                safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                safe.Append(c);
        }
        return safe.ToString();
    }

    public static bool IsUnsafe(char c, bool keepNewlines = false) =>
        c == '\n' ? !keepNewlines
        : c == '\t' ? false
        : char.IsControl(c) || IsInvisibleFormatting(c);

    private static bool IsInvisibleFormatting(char c) => Engine.Text.UnicodeControls.IsInvisibleFormatting(c);
}
