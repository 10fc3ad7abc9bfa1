using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Facts;

/// <summary>
/// A typed, immutable observation about one subject, taken from one source. Facts are subject-centred:
/// everything a rule needs about the subject travels with it, so rules never join two large fact sets.
/// </summary>
public abstract record Fact
{
    /// <summary>The id of the <see cref="Snapshot.SourceStatus"/> that produced this fact.</summary>
    public required string SourceId { get; init; }

    [JsonIgnore]
    public abstract ResourceRef Resource { get; }
}
