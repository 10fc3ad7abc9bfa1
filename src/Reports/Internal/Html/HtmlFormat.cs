using System.Globalization;
using ComplianceEngine.Engine.Evaluation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>Culture-independent numbers and values, so the same input gives the same bytes on every machine.</summary>
internal static class HtmlFormat
{
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Observed(IReadOnlyDictionary<string, object?> observed) =>
        string.Join("; ", observed.Select(p => $"{p.Key}: {MessageFormatter.Render(p.Value)}"));

    public static string CssName(Outcome outcome) => "o-" + outcome.ToString().ToLowerInvariant();
}
