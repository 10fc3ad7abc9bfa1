using System.ComponentModel;
using System.Diagnostics;

namespace ComplianceEngine.Cli.Internal;

/// <summary>
/// Whether fontconfig (which Chromium uses on Linux) knows a font for Japanese: <c>fc-list :lang=ja</c> lists at
/// least one. Where fc-list itself is missing the answer is "found", with a note: the check cannot be made, and a
/// machine without fontconfig's tools may still have fonts.
/// </summary>
internal static class JapaneseFonts
{
    public sealed record Result(bool Found, string How);

    public static async Task<Result> FindAsync(CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("fc-list", [":lang=ja", "family"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
                return new(true, "fc-list could not be started");
            var output = await process.StandardOutput.ReadToEndAsync(cancellation);
            await process.WaitForExitAsync(cancellation);
            return new(output.Trim().Length > 0, "'fc-list :lang=ja' lists none");
        }
        catch (Win32Exception)
        {
            return new(true, "fc-list is not installed");
        }
    }
}
