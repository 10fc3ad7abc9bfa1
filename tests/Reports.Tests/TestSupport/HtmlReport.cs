using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceEngine.Engine.Evaluation;

namespace ComplianceEngine.Reports.Tests.TestSupport;

/// <summary>Renders report.html in memory and gives both the markup and the text a reader sees.</summary>
public sealed partial record HtmlReport(string Markup)
{
    public static HtmlReport Of(EvaluationResult result, ReportOptions? options = null, RunInfo? run = null) =>
        new(Encoding.UTF8.GetString(Some.Render(s => HtmlReportWriter.Write(result, run ?? Some.Run(), s, options))));

    /// <summary>The visible text: tags and the style sheet removed, entities decoded, white space collapsed.</summary>
    public string Text => WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(Style().Replace(Markup, " "), " "), " "));

    /// <summary>The markup from the element with this id up to the next id of the same kind (<c>rule-</c>,
    /// <c>control-</c>) or the next section.</summary>
    public string Section(string id)
    {
        var start = Markup.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no element with id {id}");
        var kind = id.Contains('-') ? id[..(id.IndexOf('-') + 1)] : id;
        var ends = new[] { Markup.IndexOf($"id=\"{kind}", start + 1, StringComparison.Ordinal), Markup.IndexOf("<section", start + 1, StringComparison.Ordinal) };
        var end = ends.Where(e => e > 0).DefaultIfEmpty(Markup.Length).Min();
        return Markup[start..end];
    }

    public int Occurrences(string value) => Regex.Matches(Markup, Regex.Escape(value)).Count;

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Style();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
