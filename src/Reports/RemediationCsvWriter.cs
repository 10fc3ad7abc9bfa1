using System.Text;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Internal;
using ComplianceEngine.Reports.Internal.Localisation;
using ComplianceEngine.Reports.Internal.Worklist;

namespace ComplianceEngine.Reports;

/// <summary>
/// Writes remediation.csv, the admins' worklist: one row per failing resource (waived, passing and undecided results
/// are not work to do), most severe first, new failures before known ones. RFC 4180 (CRLF, quoted where needed), UTF-8
/// with a byte-order mark so spreadsheet programs read Japanese names correctly, and cells that a spreadsheet would run
/// as a formula are neutralised. The header and the coded columns (severity, provider, New) stay English in every
/// language so that imports and filters keep working; rule titles and messages follow the report's language.
/// </summary>
public static class RemediationCsvWriter
{
    public const string FileName = "remediation.csv";

    public static readonly IReadOnlyList<string> Header =
    [
        "Rule ID", "Rule title", "Severity", "New", "Provider", "Source ID", "Scope", "Scope name", "Resource kind", "Resource ID",
        "Resource name", "Message", "Remediation", "Command", "Help URL", "Owner", "Due date", "Status",
    ];

    /// <summary>The worklist without run context (no drift: New empty; help as the repository path).</summary>
    public static void Write(EvaluationResult result, Stream stream) => Write(result, null, stream);

    /// <param name="sourceId">Only the failures of this source (one file per source with <c>--split-by source</c>); null: all.</param>
    public static void Write(EvaluationResult result, RunInfo? run, Stream stream, ReportOptions? options = null, string? sourceId = null)
    {
        var language = ReportText.For((options ?? ReportOptions.Default).Language);
        var drift = run?.Drift;
        var names = new ScopeNames(result.Snapshot);
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        CsvCell.WriteRow(text, Header);
        var rows = result.Rules
            .SelectMany(rule => rule.Findings
                .Where(f => f.Outcome == Outcome.Fail && (sourceId is null || f.Subject?.SourceId == sourceId))
                .Select(f => (rule.Severity, Finding: f, IsNew: IsNew(drift, f))))
            .OrderByDescending(r => r.Severity)
            .ThenByDescending(r => r.IsNew == true)
            .ThenBy(r => r.Finding.RuleId, StringComparer.Ordinal)
            .ThenBy(r => r.Finding.Resource.Key, StringComparer.Ordinal);
        var texts = new Dictionary<string, RuleText>(StringComparer.Ordinal);
        foreach (var (severity, finding, isNew) in rows)
        {
            var resource = finding.Resource;
            var d = finding.Descriptor;
            if (!texts.TryGetValue(d.Id, out var ruleText))
                texts[d.Id] = ruleText = RuleTexts.Of(d, language);
            CsvCell.WriteRow(text,
            [
                finding.RuleId, ruleText.Title, severity.ToName(), isNew switch { true => "yes", false => "no", null => "" },
                resource.Provider, finding.Subject?.SourceId ?? string.Empty, resource.Scope, names.Of(resource),
                resource.Kind, resource.Id, resource.DisplayName, RuleTexts.Message(finding, ruleText),
                finding.Remediation ?? d.RemediationSummary, finding.Command ?? string.Empty, HelpLinks.For(d, run?.HelpBaseUri),
                string.Empty, string.Empty, string.Empty,
            ]);
        }
        text.Flush();
    }

    /// <summary>The per-source worklists of <c>--split-by source</c>: file name by source id, one for every source of the snapshot.</summary>
    public static IReadOnlyDictionary<string, string> SplitFileNames(EvaluationResult result) =>
        WorklistFileNames.For(result.Snapshot.Sources.Select(s => s.Id));

    // A failure is new when it was not a failure in the baseline run (not there, passing, waived…); unknown without a history.
    private static bool? IsNew(RunDrift? drift, Finding finding) =>
        drift is null ? null : drift.PreviousOutcomeOf(finding.RuleId, finding.Resource.Key) != Outcome.Fail;
}
