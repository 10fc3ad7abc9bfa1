namespace ComplianceEngine.Engine;

/// <summary>
/// Bad input (a snapshot or configuration file): says which file, where in it, and what was expected.
/// The CLI maps it to exit code 3.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, string? jsonPath, long? line, string problem)
        : base(Format(file, jsonPath, line, problem))
    {
        File = file;
        JsonPath = jsonPath;
        Line = line;
        Problem = problem;
    }

    public InputException(IReadOnlyList<InputException> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.Message)))
    {
        var first = errors[0];
        (File, JsonPath, Line, Problem) = (first.File, first.JsonPath, first.Line, first.Problem);
        _errors = errors;
    }

    public string File { get; }
    public string? JsonPath { get; }
    public long? Line { get; }
    public string Problem { get; }

    /// <summary>All problems found, when validation collected more than one.</summary>
    public IReadOnlyList<InputException> Errors => _errors ?? [this];

    private readonly IReadOnlyList<InputException>? _errors;

    private static string Format(string file, string? jsonPath, long? line, string problem)
    {
        var where = line is null ? file : $"{file}:{line}";
        return jsonPath is null ? $"{where}: {problem}" : $"{where}: {jsonPath}: {problem}";
    }
}
