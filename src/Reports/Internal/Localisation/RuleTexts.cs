using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Reports.Internal.Localisation;

/// <summary>A rule's title, description and failure message in the report's language.</summary>
internal sealed record RuleText(string Title, string Description, string? MessageFormat);

/// <summary>
/// Rule texts by language. English comes from the descriptor; Japanese from <see cref="JapaneseRuleTexts"/>,
/// keyed by rule id, falling back to English for a rule (or a part) without a translation.
/// </summary>
internal static class RuleTexts
{
    public static RuleText Of(RuleDescriptor rule, ReportText language)
    {
        var english = new RuleText(rule.Title, rule.Description, null);
        if (!language.Japanese || !JapaneseRuleTexts.ById.TryGetValue(rule.Id, out var ja))
            return english;
        return new RuleText(ja.Title ?? english.Title, ja.Description ?? english.Description, ja.MessageFormat);
    }

    /// <summary>The finding's message; for a failure in a translated rule, the translated format filled with the
    /// same observed values.</summary>
    public static string Message(Finding finding, RuleText text) =>
        text.MessageFormat is { } format && finding.Outcome is Outcome.Fail or Outcome.Waived
            ? MessageFormatter.Format(format, finding.Resource, finding.Observed) + PartialDataNote(finding)
            : finding.Message;

    // A failure decided although some data was missing says so in every language (the reason itself stays as recorded).
    private static string PartialDataNote(Finding finding) =>
        finding.Reason is { } missing ? $"（一部のデータが欠けた状態で判定: {missing}。読めたデータだけでこの不適合は確定しています。）" : string.Empty;
}
