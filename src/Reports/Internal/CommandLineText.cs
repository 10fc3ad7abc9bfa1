namespace ComplianceEngine.Reports.Internal;

/// <summary>Renders and redacts command lines for the run metadata.</summary>
internal static class CommandLineText
{
    private const string Mask = "***";
    private static readonly string[] SecretWords = ["token", "secret", "password", "passwd", "apikey", "api-key", "key", "credential"];

    public static IReadOnlyList<string> Redact(IEnumerable<string> arguments)
    {
        var safe = new List<string>();
        var maskNext = false;
        foreach (var argument in arguments)
        {
            if (maskNext)
            {
                safe.Add(Mask);
                maskNext = false;
                continue;
            }
            if (!argument.StartsWith('-') || !IsSecretOption(OptionName(argument)))
            {
                safe.Add(argument);
                continue;
            }
            var equals = argument.IndexOfAny(['=', ':']);
            if (equals > 0)
                safe.Add(argument[..(equals + 1)] + Mask);
            else
            {
                safe.Add(argument);
                maskNext = true;
            }
        }
        return safe;
    }

    public static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"')
            ? argument
            : "\"" + argument.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string OptionName(string argument)
    {
        var name = argument.TrimStart('-', '/');
        var end = name.IndexOfAny(['=', ':']);
        return end < 0 ? name : name[..end];
    }

    private static bool IsSecretOption(string name) =>
        SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
}
