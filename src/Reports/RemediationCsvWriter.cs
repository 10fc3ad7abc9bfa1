using System.Text;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Internal;

namespace ComplianceEngine.Reports;

/// <summary>
/// Writes remediation.csv, the admins' worklist: one row per failing resource (waived, passing and
/// undecided results are not work to do), most severe first. RFC 4180 (CRLF, quoted where needed), UTF-8
/// with a byte-order mark so spreadsheet programs read Japanese names correctly, and cells that a
/// spreadsheet would run as a formula are neutralised.
/// </summary>
public static class RemediationCsvWriter
{
    public const string FileName = "remediation.csv";

    public static readonly IReadOnlyList<string> Header =
        ["Rule ID", "Rule title", "Severity", "Provider", "Scope", "Resource kind", "Resource ID", "Resource name", "Message", "Remediation"];

    public static void Write(EvaluationResult result, Stream stream)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        CsvCell.WriteRow(text, Header);
        var rows = result.Rules
            .SelectMany(rule => rule.Findings.Where(f => f.Outcome == Outcome.Fail).Select(f => (rule.Severity, Finding: f)))
            .OrderByDescending(r => r.Severity)
            .ThenBy(r => r.Finding.RuleId, StringComparer.Ordinal)
            .ThenBy(r => r.Finding.Resource.Key, StringComparer.Ordinal);
        foreach (var (severity, finding) in rows)
        {
            var resource = finding.Resource;
            CsvCell.WriteRow(text,
            [
                finding.RuleId, finding.Descriptor.Title, severity.ToName(), resource.Provider, resource.Scope,
                resource.Kind, resource.Id, resource.DisplayName, finding.Message,
                finding.Remediation ?? finding.Descriptor.RemediationSummary,
            ]);
        }
        text.Flush();
    }
}
