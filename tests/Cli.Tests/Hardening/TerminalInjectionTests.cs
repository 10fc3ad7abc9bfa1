using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests.Hardening;

/// <summary>#13.4: names that carry CR, LF, ANSI/OSC escapes, C1 controls or bidi controls cannot act on a terminal or
/// forge a line of the summary, the diff or the logs.</summary>
public sealed class TerminalInjectionTests : IDisposable
{
    private readonly TempDir _dir = new();

    public static TheoryData<string> Forgeries => new()
    {
        "x\rResult: PASS — no failing result at or above 'error' (exit 0).",
        "x\nResult: PASS — no failing result at or above 'error' (exit 0).",
        "x\r\nResult: PASS — forged",
        "\u001b[8mhidden\u001b[0m\u001b[2K\u001b[1GResult: PASS",
        "\u001b]8;;https://attacker.example/\u0007click\u001b]8;;\u0007",
        "\u009b2J\u009b1;1HResult: PASS",
        "\u0085Result: PASS",
        "\u2028Result: PASS",
        "admin\u202Efdp.exe\u2066x\u2069",
        "bell\u0007back\u0008space\u007f",
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_hostile_name_is_printed_escaped_in_the_summary_the_diff_and_the_logs(string name)
    {
        var history = _dir.File("history.db");
        var (before, after) = Snapshots(name);

        var first = await CliRun.Of("scan", "--snapshot", before, "--config", CliRun.RulesJson, "--out", _dir.File("out1"), "--history", history);
        var second = await CliRun.Of("scan", "--snapshot", after, "--config", CliRun.RulesJson, "--out", _dir.File("out2"), "--history", history,
            "--log-level", "debug");
        var diff = await CliRun.Of("diff", "--history", history);

        second.ExitCode.ShouldBe(ExitCodes.Failures, second.Stderr);
        diff.Stdout.ShouldContain("new");
        foreach (var printed in new[] { first.Stdout, first.Stderr, second.Stdout, second.Stderr, diff.Stdout, diff.Stderr })
        {
            printed.Where(c => c != '\n' && (char.IsControl(c) || IsBidiOrSeparator(c))).ShouldBeEmpty();
            printed.Split('\n').ShouldNotContain(line => line.StartsWith("Result: PASS", StringComparison.Ordinal));
        }
        second.Stdout.ShouldContain("\\u");
        diff.Stdout.ShouldContain("\\u", Case.Sensitive, diff.Stdout);
    }

    private static bool IsBidiOrSeparator(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u2028' or '\u2029' or '\u200E' or '\u200F';

    // Before: every name hostile, one user without MFA missing; after: that user is there, a new failure the diff names.
    private (string Before, string After) Snapshots(string name)
    {
        var after = JsonNode.Parse(File.ReadAllText(CliRun.Sample))!;
        after["organization"] = "Org " + name;
        foreach (var user in after["facts"]!["entraUsers"]!.AsArray())
        {
            user!["displayName"] = "Hostile " + name;
            if (!user["userPrincipalName"]!.GetValue<string>().StartsWith("breakglass", StringComparison.Ordinal))
                user["userPrincipalName"] = name + user["userPrincipalName"]!.GetValue<string>();
        }
        foreach (var source in after["sources"]!.AsArray())
            source!["displayName"] = "Source " + name;
        var before = after.DeepClone();
        var users = before["facts"]!["entraUsers"]!.AsArray();
        users.Remove(users.First(u => u!["mfa"]?["isMfaRegistered"]?.GetValue<bool>() == false && u["userType"]!.GetValue<string>() == "Member"));
        return (_dir.Write("before.snapshot.json", before.ToJsonString()), _dir.Write("after.snapshot.json", after.ToJsonString()));
    }

    public void Dispose() => _dir.Dispose();
}
