using System.Text.Json;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Reports.Internal;

/// <summary>Every source with its collection status and the status of each dataset it provided, with the scopes not read.</summary>
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
                WriteGaps(writer, dataset.Gaps);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The scopes of a dataset that were not read; none when the dataset is complete or missing whole.</summary>
    private static void WriteGaps(Utf8JsonWriter writer, IReadOnlyList<ScopeGap> gaps)
    {
        writer.WriteStartArray("gaps");
        foreach (var gap in gaps)
        {
            writer.WriteStartObject();
            writer.WriteString("scope", gap.Scope);
            writer.WriteString("status", State(gap.Status));
            writer.WriteOptional("reason", gap.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary><see cref="EvaluationResult.IncompleteScopes"/>: what is missing, each scope of each source once.</summary>
    public static void WriteIncompleteScopes(Utf8JsonWriter writer, IReadOnlyList<IncompleteScope> scopes)
    {
        writer.WriteStartArray("incompleteScopes");
        foreach (var scope in scopes)
        {
            writer.WriteStartObject();
            writer.WriteString("source", scope.Source.Id);
            writer.WriteString("kind", scope.Kind);
            if (scope.Scope is null)
                writer.WriteNull("scope");
            else
                writer.WriteString("scope", scope.Scope);
            writer.WriteOptional("scopeName", scope.ScopeName);
            writer.WriteString("description", scope.Describe());
            writer.WriteString("status", State(scope.Status));
            writer.WriteStrings("datasets", scope.Datasets);
            writer.WriteString("reason", scope.Reason);
            writer.WriteStrings("errorRules", scope.ErrorRules);
            if (scope.OtherScopesComplete is { } others)
                writer.WriteNumber("otherScopesComplete", others);
            if (scope.IsItems)
            {
                writer.WriteNumber("itemCount", scope.ItemCount);
                writer.WriteStrings("items", scope.Items);
            }
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
