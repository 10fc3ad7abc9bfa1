using ComplianceEngine.Engine;

namespace ComplianceEngine.Cli.Internal;

/// <summary>Turns the exceptions a command can end with into exit codes and one clear line on stderr.</summary>
internal static class CommandRunner
{
    public static async Task<int> GuardAsync(Func<Task<int>> run, TextWriter stderr)
    {
        try
        {
            return await run();
        }
        catch (InputException e)
        {
            foreach (var error in e.Errors)
                await stderr.WriteLineAsync($"error: {TerminalText.Escape(error.Message)}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("error: cancelled; earlier outputs were left as they were.");
            return ExitCodes.Incomplete;
        }
        catch (Exception e)
        {
            // The type and message only: a stack trace is for --log-level debug, and messages never carry secrets.
            await stderr.WriteLineAsync($"internal error: {e.GetType().Name}: {TerminalText.Escape(e.Message)}");
            return ExitCodes.InternalError;
        }
    }
}
