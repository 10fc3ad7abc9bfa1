using System.Text.Json;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Reports.Internal;

/// <summary><c>tool.driver</c>: the tool, every enabled rule with its help, and the notification descriptors.</summary>
internal static class SarifTool
{
    public static void Write(Utf8JsonWriter writer, EvaluationResult result, RunInfo run)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", run.ToolName);
        writer.WriteString("version", run.ToolVersion);
        writer.WriteString("semanticVersion", run.ToolVersion);
        if (run.InformationUri is not null)
            writer.WriteString("informationUri", run.InformationUri.AbsoluteUri);
        writer.WriteStartArray("rules");
        foreach (var rule in result.Rules)
            WriteRule(writer, rule, result.Config.SarifPassLimit, run.HelpBaseUri);
        writer.WriteEndArray();
        writer.WriteStartArray("notifications");
        foreach (var descriptor in SarifNotices.Descriptors)
        {
            writer.WriteStartObject();
            writer.WriteString("id", descriptor.Id);
            writer.WriteString("name", descriptor.Name);
            WriteMessage(writer, "shortDescription", descriptor.Description);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleEvaluation rule, int passLimit, Uri? helpBase)
    {
        var d = rule.Descriptor;
        writer.WriteStartObject();
        writer.WriteString("id", d.Id);
        writer.WriteString("name", OutcomeMapping.PascalName(d.Title));
        WriteMessage(writer, "shortDescription", d.Title);
        WriteMessage(writer, "fullDescription", d.Description);
        var helpLink = HelpLinks.For(d, helpBase);
        var controls = d.Controls.Count == 0 ? "" : $"\n\nControls: {string.Join(", ", d.Controls)}";
        writer.WriteStartObject("help");
        writer.WriteString("text", $"{d.Description}\n\nHow to fix: {d.RemediationSummary}{controls}\n\nSee {helpLink}");
        writer.WriteString("markdown", $"{d.Description}\n\n**How to fix:** {d.RemediationSummary}{controls.Replace("Controls:", "**Controls:**", StringComparison.Ordinal)}\n\nSee [{d.HelpUri}]({helpLink}).");
        writer.WriteEndObject();
        if (helpBase is not null)
            writer.WriteString("helpUri", helpLink);
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteBoolean("enabled", d.EnabledByDefault);
        writer.WriteString("level", d.DefaultSeverity == Severity.None ? "none" : d.DefaultSeverity.ToName());
        writer.WriteEndObject();

        writer.WriteStartObject("properties");
        writer.WriteString("category", d.Category);
        writer.WriteString("effectiveSeverity", rule.Severity.ToName());
        writer.WriteStrings("controls", d.Controls.Select(c => c.ToString()));
        writer.WriteStrings("benchmarks", d.Benchmarks.Select(b => $"{b.Benchmark} {b.Id}"));
        writer.WriteStrings("requiredData", d.RequiredData);
        writer.WriteString("helpPath", d.HelpUri);
        writer.WriteNumber("passCount", rule.Passes.Count);
        if (rule.Passes.Count > passLimit)
        {
            writer.WriteBoolean("passResultsTruncated", true);
            writer.WriteNumber("passResultsIncluded", passLimit);
        }
        writer.WriteString("security-severity", SecuritySeverity.Of(d, rule.Severity));
        if (SecuritySeverity.IsPrivileged(d))
            writer.WriteBoolean("privileged", true);
        writer.WriteStrings("tags", Tags(d));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static IEnumerable<string> Tags(RuleDescriptor d) =>
        new[] { "compliance", "security", d.Category }
            .Concat(SecuritySeverity.IsPrivileged(d) ? ["privileged-access"] : [])
            .Concat(d.Controls.Select(c => c.Framework))
            .Distinct(StringComparer.Ordinal);

    private static void WriteMessage(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }
}
