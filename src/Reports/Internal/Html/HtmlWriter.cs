using ComplianceEngine.Engine.Text;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>
/// Writes HTML to a text writer. Markup comes only from this assembly's constants through <see cref="Raw"/>;
/// everything else — resource names, messages, reasons, justifications, paths — goes through <see cref="Text"/>,
/// which encodes it, because resource names are chosen by whoever controls the tenant. Text that could reorder what
/// is shown around it (bidi controls, right-to-left letters) is isolated in <c>&lt;bdi&gt;</c>, and invisible controls
/// are shown as <c>[U+202E]</c> rather than acting.
/// </summary>
internal sealed class HtmlWriter(TextWriter writer)
{
    public HtmlWriter Raw(string markup)
    {
        writer.Write(markup);
        return this;
    }

    public HtmlWriter Text(string? value)
    {
        if (value is null)
            return this;
        if (!UnicodeControls.NeedsIsolation(value))
            return Encode(value);
        writer.Write("<bdi>");
        Encode(value, markControls: true);
        writer.Write("</bdi>");
        return this;
    }

    private HtmlWriter Encode(string value, bool markControls = false)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var replacement = UnicodeControls.IsInvisibleFormatting(value[i])
                ? markControls ? $"<span class=\"ctl\">{UnicodeControls.Visible(value[i])}</span>" : UnicodeControls.Visible(value[i])
                : Replacement(value[i]);
            if (replacement is null)
                continue;
            writer.Write(value.AsSpan(start, i - start));
            writer.Write(replacement);
            start = i + 1;
        }
        writer.Write(value.AsSpan(start));
        return this;
    }

    /// <summary>An element with encoded text content and an optional class.</summary>
    public HtmlWriter Element(string tag, string? text, string? cssClass = null)
    {
        Open(tag, cssClass);
        Text(text);
        return Close(tag);
    }

    /// <summary>A Japanese title inside a page in another language, marked so screen readers and fonts pick Japanese.</summary>
    public HtmlWriter Japanese(string text) => Raw("<span class=\"ja\" lang=\"ja\">").Text(text).Raw("</span>");

    public HtmlWriter Open(string tag, string? cssClass = null, string? id = null)
    {
        writer.Write('<');
        writer.Write(tag);
        if (id is not null)
            Attribute("id", id);
        if (cssClass is not null)
            Attribute("class", cssClass);
        writer.Write('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        writer.Write("</");
        writer.Write(tag);
        writer.Write('>');
        return this;
    }

    /// <summary>A link to an anchor in this page.</summary>
    public HtmlWriter Link(string anchor, string text)
    {
        writer.Write("<a");
        Attribute("href", "#" + anchor);
        writer.Write('>');
        Text(text);
        return Close("a");
    }

    public HtmlWriter Attribute(string name, string value)
    {
        writer.Write(' ');
        writer.Write(name);
        writer.Write("=\"");
        Encode(value);
        writer.Write('"');
        return this;
    }

    /// <summary>An id usable in <c>id</c> and <c>href="#…"</c>: letters, digits, '-', '_' and '.' kept, the rest '_'.</summary>
    public static string Anchor(string prefix, string value) =>
        prefix + "-" + string.Concat(value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    private static string? Replacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        // Other C0 controls are not allowed in HTML text; show that something was there.
        < ' ' and not ('\t' or '\n' or '\r') => "\uFFFD",
        _ => null,
    };
}
