namespace ComplianceEngine.Rules.Internal;

/// <summary>Builds the observed-values dictionary a finding carries, in a stable key order.</summary>
internal static class Observations
{
    public static IReadOnlyDictionary<string, object?> Of(params (string Name, object? Value)[] values)
    {
        var observed = new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
        foreach (var (name, value) in values)
            observed[name] = value;
        return observed;
    }
}
