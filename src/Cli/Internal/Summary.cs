using System.Globalization;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports;

namespace ComplianceEngine.Cli.Internal;

/// <summary>The short human summary a scan prints on stdout (logs go to stderr).</summary>
internal static class Summary
{
    public static void Write(TextWriter o, EvaluationResult result, SnapshotInput input, IReadOnlyList<WrittenFile> written,
        string failOn, int exitCode, RunDrift? drift = null, bool failOnNew = false)
    {
        var snapshot = result.Snapshot;
        o.WriteLine($"ComplianceEngine {Outputs.ToolVersion} — {TerminalText.Escape(snapshot.Organization ?? "scan")}, collected {snapshot.CollectedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        o.WriteLine($"Snapshot: {TerminalText.Escape(input.Origin)} (sha256 {input.Sha256[..12]}…); config: {TerminalText.Escape(result.Config.Path ?? "built-in defaults")}");
        o.WriteLine();
        o.WriteLine("Sources:");
        var missing = result.IncompleteScopes;
        foreach (var source in snapshot.Sources)
        {
            var scopes = missing.Count(m => m.Source.Id == source.Id);
            var detail = scopes == 0 ? string.Empty : $" — {scopes} incomplete {(scopes == 1 ? "scope" : "scopes")}";
            o.WriteLine($"  {TerminalText.Escape(source.Id),-32} {source.Status.ToString().ToLowerInvariant()}{detail}");
        }
        o.WriteLine();
        MissingData.Write(o, missing);
        o.WriteLine($"{"Rule",-12} {"Severity",-8} {"Fail",5} {"Pass",6} {"Waived",6} {"Error",5} {"N/A",4}  Title");
        foreach (var rule in result.Rules)
        {
            var na = rule.Count(Outcome.NotApplicable) + (rule.NotApplicableReason is null ? 0 : 1);
            o.WriteLine($"{TerminalText.Escape(rule.Descriptor.Id),-12} {rule.Severity.ToName(),-8} {rule.Count(Outcome.Fail),5} {rule.Count(Outcome.Pass),6} {rule.Count(Outcome.Waived),6} {rule.Count(Outcome.Error),5} {na,4}  {TerminalText.Escape(rule.Descriptor.Title)}");
        }
        o.WriteLine();
        o.WriteLine($"Total: {result.Count(Outcome.Fail)} fail, {result.Count(Outcome.Pass)} pass, {result.Count(Outcome.Waived)} waived, " +
                    $"{result.Count(Outcome.Error)} error, {result.Count(Outcome.NotApplicable)} not applicable, over {result.Rules.Count} rules.");
        WriteWaivers(o, result.Waivers, snapshot.CollectedAt);
        if (drift is not null)
            DriftSummary.Write(o, drift);
        o.WriteLine($"Outputs: {string.Join(", ", written.Select(w => w.Name))}");
        o.WriteLine(failOnNew && drift is not null ? DriftSummary.Verdict(drift, failOn, exitCode) : Verdict(result, failOn, exitCode));
    }

    private static string DaysLeft(Waiver waiver, DateTimeOffset now) =>
        (waiver.Expires.DayNumber - DateOnly.FromDateTime(now.UtcDateTime).DayNumber) switch
        {
            0 => "today",
            1 => "in 1 day",
            var days => $"in {days} days",
        };

    private static void WriteWaivers(TextWriter o, IReadOnlyList<WaiverUse> waivers, DateTimeOffset now)
    {
        foreach (var use in waivers.Where(w => w.AmbiguousScopes.Count > 0))
            o.WriteLine($"Warning: waiver {use.Waiver.JsonPath} ({TerminalText.Escape(use.Waiver.RuleId)} on {TerminalText.Escape(use.Waiver.Resource)}) " +
                        $"matches resources in {use.AmbiguousScopes.Count} scopes ({TerminalText.Escape(string.Join(", ", use.AmbiguousScopes))}) " +
                        "and waives none of them by name: give it a 'scope' (tenant, account or subscription id) or use the resource key.");
        foreach (var use in waivers.Where(w => w.State != WaiverState.Applied || w.ExpiresSoon))
        {
            var (label, what) = use switch
            {
                { State: WaiverState.Expired } => ("Warning", $"expired on {use.Waiver.Expires:yyyy-MM-dd} and no longer applies: its failures count again"),
                { State: WaiverState.Unused } => ("Note", "matches no result (unused): remove it or correct its rule/resource"),
                _ => ("Warning", $"expires on {use.Waiver.Expires:yyyy-MM-dd}, {DaysLeft(use.Waiver, now)}: renew it or fix the finding"),
            };
            o.WriteLine($"{label}: waiver {use.Waiver.JsonPath} ({TerminalText.Escape(use.Waiver.RuleId)} on {TerminalText.Escape(use.Waiver.Resource)}) {what}.");
        }
    }

    private static string Verdict(EvaluationResult result, string failOn, int exitCode) => exitCode switch
    {
        ExitCodes.Incomplete => "Result: INCOMPLETE — a source was not fully collected or a result is Error; " +
                                $"see {(result.IncompleteScopes.Count > 0 ? "Missing data" : "the Error column")} above (exit 2).",
        ExitCodes.Failures => $"Result: FAIL — failing results at or above '{failOn}' (exit 1).",
        _ => $"Result: PASS — no failing result at or above '{failOn}' (exit 0).",
    };
}
