namespace ComplianceEngine.Engine.Rules;

/// <summary>Effective severity of a rule, as SARIF levels; <see cref="None"/> turns a rule off.</summary>
public enum Severity
{
    None = 0,
    Note = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.None => "none",
        Severity.Note => "note",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text)
        {
            case "none": severity = Severity.None; return true;
            case "note": severity = Severity.Note; return true;
            case "warning": severity = Severity.Warning; return true;
            case "error": severity = Severity.Error; return true;
            default: severity = Severity.None; return false;
        }
    }
}
