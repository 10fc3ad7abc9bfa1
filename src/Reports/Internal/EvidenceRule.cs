using System.Text.Json;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// One rule's evidence: what it checks and which controls it evidences, the parameters it ran with, its
/// counts, every non-pass finding in full, and the passing resources as keys only (DESIGN.md, scale).
/// </summary>
internal static class EvidenceRule
{
    public static void Write(Utf8JsonWriter writer, RuleEvaluation rule, EvaluationResult result)
    {
        var config = result.Config;
        var d = rule.Descriptor;
        writer.WriteStartObject();
        writer.WriteString("id", d.Id);
        writer.WriteString("title", d.Title);
        writer.WriteString("category", d.Category);
        writer.WriteString("severity", rule.Severity.ToName());
        writer.WriteString("defaultSeverity", d.DefaultSeverity.ToName());
        writer.WriteString("description", d.Description);
        writer.WriteString("remediationSummary", d.RemediationSummary);
        writer.WriteString("helpUri", d.HelpUri);
        writer.WriteString("since", d.Since);
        WriteControls(writer, d);
        writer.WriteStrings("requiredData", d.RequiredData);
        writer.WriteStrings("sources", SourcesOf(d, result.Snapshot));
        writer.WriteObserved("parameters", config.ParametersFor(d).Values.ToDictionary(p => p.Key, p => (object?)p.Value));

        writer.WriteStartObject("counts");
        foreach (var outcome in Enum.GetValues<Outcome>())
            writer.WriteNumber(OutcomeMapping.Name(outcome), rule.Count(outcome));
        writer.WriteEndObject();
        writer.WriteNumber("inScope", rule.Passes.Count + rule.Findings.Count(f => f.Outcome != Outcome.NotApplicable && f.Subject is not null));
        writer.WriteNumber("outOfScope", rule.OutOfScope);
        writer.WriteNumber("unevaluated", rule.Findings.Where(f => f.Subject is null).Sum(AffectedResources));
        writer.WriteOptional("notApplicableReason", rule.NotApplicableReason);

        writer.WriteStartArray("findings");
        foreach (var finding in rule.Findings)
            WriteFinding(writer, finding);
        writer.WriteEndArray();

        writer.WriteStartObject("passes");
        writer.WriteNumber("count", rule.Passes.Count);
        // Grouped by provider, scope and kind, so that a million passes cost their ids, not a million full keys.
        writer.WriteStartArray("groups");
        foreach (var (group, ids) in GroupPasses(rule.Passes))
        {
            writer.WriteStartObject();
            writer.WriteString("provider", group.Provider);
            writer.WriteString("scope", group.Scope);
            writer.WriteString("kind", group.Kind);
            writer.WriteStartArray("ids");
            foreach (var id in ids)
            {
                writer.WriteStringValue(id);
                JsonOutput.FlushIfLarge(writer);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static List<((string Provider, string Scope, string Kind) Group, List<string> Ids)> GroupPasses(IReadOnlyList<Finding> passes)
    {
        var groups = new List<((string, string, string), List<string>)>();
        var index = new Dictionary<(string, string, string), List<string>>();
        foreach (var pass in passes)
        {
            var resource = pass.Resource;
            var key = (resource.Provider, resource.Scope, resource.Kind);
            if (!index.TryGetValue(key, out var ids))
            {
                index[key] = ids = [];
                groups.Add((key, ids));
            }
            ids.Add(resource.Id);
        }
        return groups;
    }

    private static void WriteControls(Utf8JsonWriter writer, RuleDescriptor d)
    {
        writer.WriteStartArray("controls");
        foreach (var control in d.Controls)
        {
            writer.WriteStartObject();
            writer.WriteString("framework", control.Framework);
            writer.WriteString("id", control.Id);
            writer.WriteOptional("title", control.Title);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("benchmarks");
        foreach (var benchmark in d.Benchmarks)
        {
            writer.WriteStartObject();
            writer.WriteString("benchmark", benchmark.Benchmark);
            writer.WriteString("id", benchmark.Id);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        var resource = finding.Resource;
        writer.WriteStartObject();
        writer.WriteString("outcome", OutcomeMapping.Name(finding.Outcome));
        writer.WriteStartObject("resource");
        writer.WriteString("key", resource.Key);
        writer.WriteString("provider", resource.Provider);
        writer.WriteString("scope", resource.Scope);
        writer.WriteString("kind", resource.Kind);
        writer.WriteString("id", resource.Id);
        writer.WriteString("displayName", resource.DisplayName);
        writer.WriteEndObject();
        if (finding.Subject is { } subject)
            writer.WriteString("sourceId", subject.SourceId);
        writer.WriteString("message", finding.Message);
        writer.WriteOptional("reason", finding.Reason);
        writer.WriteObserved("observed", finding.Observed);
        writer.WriteOptional("remediation", finding.Remediation);
        if (finding.Waiver is { } waiver)
        {
            writer.WriteStartObject("waiver");
            writer.WriteBoolean("applied", finding.Outcome == Outcome.Waived);
            EvidenceWaivers.WriteWaiver(writer, waiver);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        JsonOutput.FlushIfLarge(writer);
    }

    /// <summary>The sources the rule drew on: those of the providers whose datasets it requires.</summary>
    private static IEnumerable<string> SourcesOf(RuleDescriptor d, FactSnapshot snapshot)
    {
        var providers = d.RequiredData.Select(Datasets.ProviderOf).ToHashSet(StringComparer.Ordinal);
        return snapshot.Sources.Where(s => providers.Contains(s.Provider)).Select(s => s.Id).Order(StringComparer.Ordinal);
    }

    private static int AffectedResources(Finding sourceError) =>
        sourceError.Observed.TryGetValue("affectedResources", out var count) && count is int n ? n : 0;
}
