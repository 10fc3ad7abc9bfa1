namespace ComplianceEngine.Engine.Evaluation;

/// <summary>The outcome of one rule for one in-scope resource.</summary>
public enum Outcome
{
    Pass,
    Fail,
    Waived,
    NotApplicable,

    /// <summary>The data needed was missing or the source failed: never read as a pass.</summary>
    Error,
}
