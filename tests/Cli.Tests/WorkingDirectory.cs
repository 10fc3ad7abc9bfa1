using System.Runtime.CompilerServices;

namespace ComplianceEngine.Cli.Tests;

/// <summary>
/// Scans without --history record into ./compliance-history.db: run the in-process CLI in a throwaway working
/// directory so that file never lands in the build output and does not outlive the test run.
/// </summary>
internal static class WorkingDirectory
{
    [ModuleInitializer]
    internal static void UseAThrowawayFolder()
    {
        var folder = Directory.CreateTempSubdirectory("compliance-cli-tests-cwd-").FullName;
        Environment.CurrentDirectory = folder;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        };
    }
}
