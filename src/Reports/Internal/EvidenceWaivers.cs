using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Engine.Configuration;

namespace ComplianceEngine.Reports.Internal;

/// <summary>Every configured waiver, in configuration order, with what became of it in this run.</summary>
internal static class EvidenceWaivers
{
    /// <param name="asOf">The date waivers are judged at (the snapshot's collection time), for <c>daysLeft</c>.</param>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<WaiverUse> uses, DateTimeOffset asOf)
    {
        writer.WriteStartArray("waivers");
        foreach (var use in uses)
        {
            writer.WriteStartObject();
            WriteWaiver(writer, use.Waiver);
            writer.WriteString("state", State(use.State));
            writer.WriteNumber("matched", use.Matched);
            writer.WriteBoolean("expiresSoon", use.ExpiresSoon);
            if (use.AmbiguousScopes.Count > 0)
            {
                writer.WriteStartArray("ambiguousScopes");
                foreach (var scope in use.AmbiguousScopes)
                    writer.WriteStringValue(scope);
                writer.WriteEndArray();
            }
            writer.WriteNumber("daysLeft", use.Waiver.Expires.DayNumber - DateOnly.FromDateTime(asOf.UtcDateTime).DayNumber);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The waiver's own fields, without the surrounding object.</summary>
    public static void WriteWaiver(Utf8JsonWriter writer, Waiver waiver)
    {
        writer.WriteString("ruleId", waiver.RuleId);
        writer.WriteString("resource", waiver.Resource);
        if (waiver.Scope is { } scope)
            writer.WriteString("scope", scope);
        writer.WriteString("justification", waiver.Justification);
        writer.WriteString("owner", waiver.Owner);
        writer.WriteString("approver", waiver.Approver);
        if (waiver.Approved is { } approved)
            writer.WriteString("approved", Date(approved));
        writer.WriteString("expires", Date(waiver.Expires));
        writer.WriteString("declaredAt", waiver.JsonPath);
    }

    public static string State(WaiverState state) => state switch
    {
        WaiverState.Applied => "applied",
        WaiverState.Expired => "expired",
        WaiverState.Unused => "unused",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
