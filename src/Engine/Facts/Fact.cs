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

    /// <summary>
    /// The scopes of its source this fact was read in: always its own item scope, plus the subscription or region it
    /// was listed under. A gap recorded for one of them (<see cref="Snapshot.ScopeGap"/>) touches this fact.
    /// </summary>
    [JsonIgnore]
    public virtual IEnumerable<string> DataScopes => [Snapshot.DataScope.Item(Resource.Key)];
}
