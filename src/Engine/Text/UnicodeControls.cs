namespace ComplianceEngine.Engine.Text;

/// <summary>
/// Characters in tenant strings that change how the text around them is shown rather than being shown themselves:
/// bidirectional embeddings, overrides, isolates and marks, zero-width characters, line and paragraph separators, and
/// right-to-left letters (which reorder neighbouring neutral characters). Each sink (terminal, HTML, SARIF) decides
/// how to neutralise them; what they are is decided once, here.
/// </summary>
public static class UnicodeControls
{
    /// <summary>A bidi control, directional mark, zero-width or separator character: invisible, but it acts.</summary>
    public static bool IsInvisibleFormatting(char c) =>
        c is '\u061C' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, …), or a surrogate of one.</summary>
    public static bool IsRightToLeft(char c) =>
        c is >= '\u0590' and <= '\u08FF' || c is >= '\uFB1D' and <= '\uFDFF' || c is >= '\uFE70' and <= '\uFEFE'
        || c is '\uD802' or '\uD803' or '\uD83A' or '\uD83B'; // high surrogates of U+10800–U+10FFF and U+1E800–U+1EFFF

    /// <summary>Whether the text can reorder or hide what is shown around it.</summary>
    public static bool NeedsIsolation(string text)
    {
        foreach (var c in text)
        {
            if (IsInvisibleFormatting(c) || IsRightToLeft(c))
                return true;
        }
        return false;
    }

    /// <summary>How a neutralised character is shown: <c>[U+202E]</c>.</summary>
    public static string Visible(char c) => $"[U+{(int)c:X4}]";
}
