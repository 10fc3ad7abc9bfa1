using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.History.Internal;

/// <summary>The integers outcomes and severities are stored as. Fixed here, not taken from enum order, so the file format never moves.</summary>
internal static class Codes
{
    public static int Of(Outcome outcome) => outcome switch
    {
        Outcome.Pass => 0,
        Outcome.Fail => 1,
        Outcome.Waived => 2,
        Outcome.NotApplicable => 3,
        Outcome.Error => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static Outcome OutcomeOf(long code) => code switch
    {
        0 => Outcome.Pass,
        1 => Outcome.Fail,
        2 => Outcome.Waived,
        3 => Outcome.NotApplicable,
        4 => Outcome.Error,
        _ => throw new InvalidDataException($"unknown outcome code {code} in the history"),
    };

    public static int Of(Severity severity) => severity switch
    {
        Severity.None => 0,
        Severity.Note => 1,
        Severity.Warning => 2,
        Severity.Error => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static Severity SeverityOf(long code) => code switch
    {
        0 => Severity.None,
        1 => Severity.Note,
        2 => Severity.Warning,
        3 => Severity.Error,
        _ => throw new InvalidDataException($"unknown severity code {code} in the history"),
    };
}
