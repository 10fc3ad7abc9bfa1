namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>One section of the report after the verdict: its anchor and heading for the contents, whether this run
/// has anything for it, and its renderer.</summary>
internal sealed record HtmlSection(string Anchor, string Heading, bool Present, Action<HtmlWriter> Write);
