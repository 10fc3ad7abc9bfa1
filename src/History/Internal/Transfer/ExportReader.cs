using System.Text.Json;
using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.History.Internal.Transfer;

/// <summary>Reads an export file line by line; anything unexpected is bad input naming the file and line.</summary>
internal sealed class ExportReader : IDisposable
{
    private readonly string _file;
    private readonly TextReader _reader;
    private long _line;
    private bool _runOpen;

    public ExportReader(string file, TextReader reader)
    {
        _file = file;
        _reader = reader;
        var header = Parse<ExportFile.Header>(Next() ?? throw Bad("the file is empty; expected an export header"));
        if (header.Format != ExportFile.Format)
            throw Bad($"not a history export (format '{header.Format}', expected '{ExportFile.Format}')");
        if (header.Version > ExportFile.Version)
            throw Bad($"export format version {header.Version} is newer than this tool's {ExportFile.Version}; upgrade the tool");
    }

    /// <summary>The next run, or null at the end of the file.</summary>
    public RunRecord? NextRun()
    {
        var line = Next();
        if (line is null)
            return null;
        var run = Parse<ExportFile.RunLine>(line).Run ?? throw Bad("expected a {\"run\": …} line");
        if (string.IsNullOrEmpty(run.RunId) || string.IsNullOrEmpty(run.Scope))
            throw Bad("the run has no runId or scope");
        _runOpen = true;
        return run;
    }

    /// <summary>The run's results, read as they are enumerated; the closing line's count is checked.</summary>
    public IEnumerable<ResultRecord> Results(string runId)
    {
        var count = 0;
        while (_runOpen && (Next() ?? throw Bad($"the file ends inside run {runId}")) is var line)
        {
            if (line.StartsWith('{'))
            {
                _runOpen = false;
                var end = Parse<ExportFile.EndLine>(line);
                if (end.End != runId || end.Results != count)
                    throw Bad($"run {runId} closes with {end.Results} result(s) of run '{end.End}' but {count} were read");
                yield break;
            }
            count++;
            yield return Result(line);
        }
    }

    /// <summary>Reads past the rest of a run the store already had (or whose results were not all read).</summary>
    public void SkipRest(string runId)
    {
        foreach (var _ in Results(runId)) { }
    }

    private ResultRecord Result(string line)
    {
        try
        {
            var a = JsonSerializer.Deserialize<JsonElement[]>(line, ExportFile.Json);
            if (a is not { Length: 5 })
                throw Bad("expected a result [rule, resource key, display name, outcome, severity]");
            return new ResultRecord(a[0].GetString()!, a[1].GetString()!, a[2].GetString()!,
                a[3].Deserialize<Outcome>(ExportFile.Json), a[4].Deserialize<Severity>(ExportFile.Json));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw Bad($"not a result line: {e.Message}");
        }
    }

    private T Parse<T>(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(line, ExportFile.Json) ?? throw Bad($"expected a {typeof(T).Name}");
        }
        catch (JsonException e)
        {
            throw Bad(e.Message);
        }
    }

    private string? Next()
    {
        _line++;
        return _reader.ReadLine();
    }

    private InputException Bad(string problem) => new(_file, null, _line, problem);

    public void Dispose() => _reader.Dispose();
}
