using System.Diagnostics;

namespace ComplianceEngine.History.Tests;

/// <summary>Separate processes writing a store, as scanners on other machines would: the real CLI built next to these
/// tests, and History.Bench's "record" mode (one large run).</summary>
internal static class Processes
{
    public static (int ExitCode, string Stderr) Scan(string history, string outDir, string snapshot = "sample-tenant.snapshot.json")
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { CliDll, "scan", "--snapshot", Repository.PathOf("samples", snapshot),
                "--config", Repository.PathOf("rules.json"), "--out", outDir, "--history", history },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr.Result);
    }

    /// <summary>Starts a process recording one run of <paramref name="results"/> results of <paramref name="scope"/>.</summary>
    public static Process Record(string history, int results, string scope = "entra:bench", bool redirect = false) =>
        Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { WriterDll, "record", history, results.ToString(System.Globalization.CultureInfo.InvariantCulture), scope },
            RedirectStandardError = redirect,
            RedirectStandardOutput = redirect,
        })!;

    /// <summary>The CLI built next to these tests (same configuration).</summary>
    public static string CliDll => Built("src", "Cli", "compliance.dll");

    public static string WriterDll => Built("bench", "History.Bench", "ComplianceEngine.History.Bench.dll");

    private static string Built(string folder, string project, string dll)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Repository.PathOf(folder, project, "bin", configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"build {folder}/{project} first", path);
    }
}
