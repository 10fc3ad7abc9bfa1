namespace ComplianceEngine.Engine.Rules;

/// <summary>
/// Everything about a rule that is not its logic, like Roslyn's <c>DiagnosticDescriptor</c>. One descriptor per
/// id; ids are never reused.
/// </summary>
public sealed record RuleDescriptor
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>Failure message; <c>{resource}</c> and the names of observed values are replaced.</summary>
    public required string MessageFormat { get; init; }

    /// <summary>Failure message when the failure was decided although some data was missing (a count that is a lower
    /// bound: "at least {count}"); null uses <see cref="MessageFormat"/>. Same placeholders.</summary>
    public string? PartialFailMessageFormat { get; init; }

    /// <summary>Passing message for evidence; same placeholders.</summary>
    public string PassMessageFormat { get; init; } = "{resource} meets the requirement.";

    /// <summary><c>Authentication</c>, <c>AccessControl</c> or <c>DataLocation</c>.</summary>
    public required string Category { get; init; }
    public Severity DefaultSeverity { get; init; } = Severity.Warning;
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>What the rule checks and why, for the SARIF help text and the evidence report.</summary>
    public required string Description { get; init; }

    /// <summary>What an admin does to fix a failure, in general terms; the finding carries the concrete step.</summary>
    public required string RemediationSummary { get; init; }
    public IReadOnlyList<ControlReference> Controls { get; init; } = [];
    public IReadOnlyList<BenchmarkReference> Benchmarks { get; init; } = [];

    /// <summary>Datasets the rule cannot be decided without; a gap in one gives Error for that source.</summary>
    public IReadOnlyList<string> RequiredData { get; init; } = [];
    public IReadOnlyList<ParameterDescriptor> Parameters { get; init; } = [];

    /// <summary>Version of the rule in which it was added or last changed in meaning.</summary>
    public string Since { get; init; } = "0.1.0";

    public string HelpUri => $"docs/rules/{Id}.md";
}
