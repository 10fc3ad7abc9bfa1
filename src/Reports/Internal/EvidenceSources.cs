using System.Text.Json;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Reports.Internal;

/// <summary>Every source with its collection status and the status of each dataset it provided.</summary>
internal static class EvidenceSources
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<SourceStatus> sources)
    {
        writer.WriteStartArray("sources");
        foreach (var source in sources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("id", source.Id);
            writer.WriteString("provider", source.Provider);
            writer.WriteString("scope", source.Scope);
            writer.WriteOptional("displayName", source.DisplayName);
            writer.WriteString("status", State(source.Status));
            writer.WriteOptional("reason", source.Reason);
            if (source.CollectedAt is { } at)
                writer.WriteString("collectedAt", JsonOutput.Timestamp(at));
            writer.WriteOptional("endpoint", source.Endpoint);
            writer.WriteStartArray("datasets");
            foreach (var dataset in source.Datasets.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("name", dataset.Name);
                writer.WriteString("status", State(dataset.Status));
                writer.WriteOptional("reason", dataset.Reason);
                if (dataset.ItemCount is { } count)
                    writer.WriteNumber("itemCount", count);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    public static string State(CollectionState state) => state switch
    {
        CollectionState.Complete => "complete",
        CollectionState.Partial => "partial",
        CollectionState.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
