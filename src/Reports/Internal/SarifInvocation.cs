using System.Text.Json;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// <c>invocations[0]</c>: whether the run can be relied on in full, how it was started, rule severities that
/// rules.json changed, and the notifications.
/// </summary>
internal static class SarifInvocation
{
    public static void Write(Utf8JsonWriter writer, EvaluationResult result, RunInfo run)
    {
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", result.IsComplete);
        writer.WriteString("startTimeUtc", JsonOutput.Timestamp(run.StartedAt));
        writer.WriteString("endTimeUtc", JsonOutput.Timestamp(run.FinishedAt));
        if (run.Arguments.Count > 0)
        {
            writer.WriteString("commandLine", run.CommandLine);
            writer.WriteStrings("arguments", run.Arguments);
        }
        WriteOverrides(writer, result);
        writer.WriteStartArray("toolExecutionNotifications");
        foreach (var notice in SarifNotices.For(result))
            WriteNotice(writer, notice, result);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteOverrides(Utf8JsonWriter writer, EvaluationResult result)
    {
        var changed = Enumerable.Range(0, result.Rules.Count)
            .Where(i => result.Rules[i].Severity != result.Rules[i].Descriptor.DefaultSeverity || !result.Rules[i].Descriptor.EnabledByDefault)
            .ToList();
        if (changed.Count == 0)
            return;
        writer.WriteStartArray("ruleConfigurationOverrides");
        foreach (var i in changed)
        {
            var rule = result.Rules[i];
            var d = rule.Descriptor;
            writer.WriteStartObject();
            writer.WriteStartObject("descriptor");
            writer.WriteString("id", d.Id);
            writer.WriteNumber("index", i);
            writer.WriteEndObject();
            writer.WriteStartObject("configuration");
            writer.WriteBoolean("enabled", true);
            writer.WriteString("level", rule.Severity.ToName());
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteNotice(Utf8JsonWriter writer, Notice notice, EvaluationResult result)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("descriptor");
        writer.WriteString("id", notice.Descriptor.Id);
        writer.WriteNumber("index", SarifNotices.IndexOf(notice.Descriptor));
        writer.WriteEndObject();
        if (notice.RuleIndex is { } index)
        {
            writer.WriteStartObject("associatedRule");
            writer.WriteString("id", result.Rules[index].Descriptor.Id);
            writer.WriteNumber("index", index);
            writer.WriteEndObject();
        }
        writer.WriteString("level", notice.Level);
        writer.WriteStartObject("message");
        writer.WriteString("text", SarifText.Plain(notice.Message));
        writer.WriteEndObject();
        writer.WriteObserved("properties", notice.Properties);
        writer.WriteEndObject();
    }
}
