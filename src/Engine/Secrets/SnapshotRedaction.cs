using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Secrets;

/// <summary>
/// Masks secrets in the text of a snapshot that came from outside: the reasons of each source, dataset and gap (API
/// error bodies). Every output, the summary and the history take these reasons from the snapshot, so this is the one place.
/// </summary>
public static class SnapshotRedaction
{
    /// <summary>The snapshot with its reasons redacted, or the same instance when there was nothing to mask.</summary>
    public static FactSnapshot Apply(FactSnapshot snapshot)
    {
        if (!snapshot.Sources.Any(NeedsRedaction))
            return snapshot;
        return snapshot with { Sources = [.. snapshot.Sources.Select(Redact)] };
    }

    private static bool NeedsRedaction(SourceStatus source) =>
        SecretRedactor.Contains(source.Reason) || SecretRedactor.Contains(source.DisplayName) || SecretRedactor.Contains(source.Endpoint)
        || source.Datasets.Any(d => SecretRedactor.Contains(d.Reason) || d.Gaps.Any(g => SecretRedactor.Contains(g.Reason)));

    private static SourceStatus Redact(SourceStatus source) => source with
    {
        Reason = SecretRedactor.Redact(source.Reason),
        DisplayName = SecretRedactor.Redact(source.DisplayName),
        Endpoint = SecretRedactor.Redact(source.Endpoint),
        Datasets = [.. source.Datasets.Select(d => d with
        {
            Reason = SecretRedactor.Redact(d.Reason),
            Gaps = [.. d.Gaps.Select(g => g with { Reason = SecretRedactor.Redact(g.Reason) })],
        })],
    };
}
