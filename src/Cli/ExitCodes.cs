namespace ComplianceEngine.Cli;

/// <summary>The stable exit codes a scheduler can act on. Documented in README.md.</summary>
public static class ExitCodes
{
    /// <summary>No failing result at or above the <c>--fail-on</c> severity, and the evaluation is complete.</summary>
    public const int Success = 0;

    /// <summary>Failing results at or above <c>--fail-on</c>.</summary>
    public const int Failures = 1;

    /// <summary><c>verify</c>: the output folder does not match its manifest (or the manifest its signature).</summary>
    public const int Changed = 1;

    /// <summary>Evaluation incomplete: a source failed or was partial, or a result is Error. Wins over 1: the failures
    /// may be only part of the truth.</summary>
    public const int Incomplete = 2;

    /// <summary>Bad usage, configuration or input: nothing was evaluated.</summary>
    public const int BadInput = 3;

    /// <summary>An unexpected internal error (a bug): nothing reliable was produced.</summary>
    public const int InternalError = 4;
}
