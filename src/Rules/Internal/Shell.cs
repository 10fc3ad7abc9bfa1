namespace ComplianceEngine.Rules.Internal;

/// <summary>
/// Quotes a tenant string for the shell a remediation command targets, so a name such as <c>x; rm -rf ~</c> or
/// <c>$(Invoke-Evil)</c> stays one literal argument when an admin pastes the command. One helper per shell:
/// the AWS and Azure CLIs run in a POSIX shell, the Microsoft Graph cmdlets in PowerShell.
/// </summary>
internal static class Shell
{
    /// <summary>POSIX sh: unchanged when every character is safe unquoted, else in single quotes (a quote as <c>'\''</c>).</summary>
    public static string Sh(string? value)
    {
        value ??= string.Empty;
        return value.Length > 0 && value.All(IsShSafe) ? value : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>PowerShell: always a single-quoted literal, in which nothing is expanded; a quote is doubled, including
    /// the typographic ones PowerShell also reads as single quotes (U+2018–U+201B).</summary>
    public static string Ps(string? value)
    {
        var text = value ?? string.Empty;
        var quoted = new System.Text.StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            quoted.Append(c);
            if (c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B')
                quoted.Append(c);
        }
        return quoted.Append('\'').ToString();
    }

    /// <summary>An OData filter <c>property eq 'value'</c> as a PowerShell literal: the value's quotes doubled for OData,
    /// then the whole filter quoted for PowerShell (never in double quotes, where <c>$(…)</c> would run).</summary>
    public static string PsFilter(params (string Property, string? Value)[] equals) =>
        Ps(string.Join(" and ", equals.Select(e => $"{e.Property} eq '{(e.Value ?? string.Empty).Replace("'", "''", StringComparison.Ordinal)}'")));

    private static bool IsShSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '@' or '%' or '+' or '=' or ':' or ',' or '.' or '/' or '-';
}
