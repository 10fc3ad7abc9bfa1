namespace ComplianceEngine.Collectors.Bench;

/// <summary>One collector measured against its fake API: HTTP calls and wall time next to the lower bound.</summary>
public interface ICollectorBenchmark
{
    /// <summary>The name given on the command line: <c>entra</c>, <c>aws</c>, <c>azure</c>.</summary>
    string Name { get; }

    Task RunAsync(TextWriter output, CancellationToken cancellationToken);
}
