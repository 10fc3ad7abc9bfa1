namespace ComplianceEngine.Collectors.Entra.Internal;

internal static class GraphDates
{
    /// <summary>Graph writes "never" as null or as 0001-01-01T00:00:00Z; both become null.</summary>
    public static DateTimeOffset? OrNever(DateTimeOffset? value) => value is { Year: <= 1 } ? null : value;
}
