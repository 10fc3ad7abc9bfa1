using System.Globalization;
using System.Text;
using ComplianceEngine.Engine.Facts;

namespace ComplianceEngine.Engine.Evaluation;

/// <summary>Fills <c>{resource}</c> and <c>{observedName}</c> placeholders in a descriptor's message format.</summary>
public static class MessageFormatter
{
    public static string Format(string format, ResourceRef resource, IReadOnlyDictionary<string, object?> observed)
    {
        var text = new StringBuilder(format.Length + 32);
        var i = 0;
        while (i < format.Length)
        {
            var open = format.IndexOf('{', i);
            var close = open < 0 ? -1 : format.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                text.Append(format, i, format.Length - i);
                break;
            }
            text.Append(format, i, open - i);
            var name = format[(open + 1)..close];
            if (name == "resource")
                text.Append(resource.DisplayName);
            else if (observed.TryGetValue(name, out var value))
                text.Append(Render(value));
            else
                text.Append(format, open, close - open + 1);
            i = close + 1;
        }
        return text.ToString();
    }

    public static string Render(object? value) => value switch
    {
        null => "never",
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s => s,
        System.Collections.IEnumerable list => string.Join(", ", list.Cast<object?>().Select(Render)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
