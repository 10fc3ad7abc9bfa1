using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

/// <summary>Runs the <c>compliance</c> command in-process, capturing stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static string Sample => Repository.PathOf("samples", "sample-tenant.snapshot.json");
    public static string RulesJson => Repository.PathOf("rules.json");
}

/// <summary>A temporary folder, removed afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("compliance-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        System.IO.File.WriteAllText(File(name), content);
        return File(name);
    }

    /// <summary>The sample snapshot with an edit applied, written here.</summary>
    public string SampleWith(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(System.IO.File.ReadAllText(CliRun.Sample))!;
        edit(node);
        return Write("edited.snapshot.json", node.ToJsonString());
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
