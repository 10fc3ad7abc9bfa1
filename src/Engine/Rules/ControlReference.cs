namespace ComplianceEngine.Engine.Rules;

/// <summary>
/// A control a rule evidences: <c>ISO27001:2022</c> <c>A.8.5</c>, <c>ISO27017</c> <c>CLD.9.5.1</c>, or the
/// organisation's own document (<c>ISMS-A-04</c> with its clause).
/// </summary>
public sealed record ControlReference(string Framework, string Id, string? Title = null)
{
    public const string Iso27001 = "ISO27001:2022";
    public const string Iso27017 = "ISO27017";
    public const string Organisation = "ISMS-A-04";

    public override string ToString() => $"{Framework} {Id}";
}

/// <summary>An external benchmark item the rule corresponds to (CIS, CISA ScubaGear, AWS Config).</summary>
public sealed record BenchmarkReference(string Benchmark, string Id);
