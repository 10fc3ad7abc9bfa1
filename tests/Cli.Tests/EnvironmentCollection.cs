namespace ComplianceEngine.Cli.Tests;

/// <summary>Tests that set process-wide environment variables (COMPLIANCE_SIGNING_KEY, COMPLIANCE_CHROMIUM) run alone,
/// after the parallel ones, so no other scan sees their values.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}

/// <summary>Sets an environment variable for the life of the object.</summary>
internal sealed class EnvironmentVariable : IDisposable
{
    private readonly string _name;
    private readonly string? _previous;

    public EnvironmentVariable(string name, string? value)
    {
        _name = name;
        _previous = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose() => Environment.SetEnvironmentVariable(_name, _previous);
}
