using System.Text;
using ComplianceEngine.Engine.Text;

namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// SARIF plain-text messages (SARIF 2.1.0 §3.11.6): viewers turn <c>[text](target)</c> into a link, so a tenant string
/// such as <c>[Approve](https://attacker.example)</c> would become one. Backslash, '[' and ']' are escaped with a backslash,
/// as the standard prescribes, and invisible or bidi controls are shown as <c>[U+202E]</c>.
/// </summary>
internal static class SarifText
{
    public static string Plain(string text)
    {
        if (text.AsSpan().IndexOfAny("\\[]") < 0 && !text.Any(UnicodeControls.IsInvisibleFormatting))
            return text;
        var safe = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '[' or ']')
                safe.Append('\\').Append(c);
            else if (UnicodeControls.IsInvisibleFormatting(c))
                safe.Append("U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else
                safe.Append(c);
        }
        return safe.ToString();
    }
}
