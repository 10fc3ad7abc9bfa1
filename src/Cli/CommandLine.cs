using System.CommandLine;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Cli.Internal;

namespace ComplianceEngine.Cli;

/// <summary>The <c>compliance</c> command: parses arguments, maps bad usage to exit code 3.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        KnownSecrets.RegisterEnvironment();
        // Everything printed goes through TerminalWriter: no tenant string can act on the terminal, no secret is shown.
        using var safeOut = new TerminalWriter(stdout);
        using var safeErr = new TerminalWriter(stderr);
        return await RunSafelyAsync(args, safeOut, safeErr);
    }

    private static async Task<int> RunSafelyAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ComplianceEngine: checks Microsoft Entra ID, AWS and Azure against ISO/IEC 27001:2022 and 27017 controls and writes evidence.")
        {
            ScanCommand.Create(stdout, stderr),
            CollectCommand.Create(stdout, stderr),
            RulesCommand.Create(stdout),
            ValidateCommand.Create(stdout, stderr),
            VerifyCommand.Create(stdout),
            HistoryCommand.Create(stdout),
            DiffCommand.Create(stdout),
            AccessReviewCommand.Create(stdout),
            StatusCommand.Create(stdout),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                await stderr.WriteLineAsync($"error: {error.Message}");
            await stderr.WriteLineAsync("Run 'compliance --help' for usage.");
            return ExitCodes.BadInput;
        }
        parse.InvocationConfiguration.Output = stdout;
        parse.InvocationConfiguration.Error = stderr;
        parse.InvocationConfiguration.EnableDefaultExceptionHandler = false;
        return await CommandRunner.GuardAsync(() => parse.InvokeAsync(parse.InvocationConfiguration), stderr);
    }
}
