namespace ComplianceEngine.Reports.Tests;

public sealed class RunInfoTests
{
    [Fact]
    public void Secret_option_values_are_masked_in_both_forms()
    {
        var safe = RunInfo.SafeArguments(["scan", "--access-token", "eyJ0eXAi.secret", "--client-secret=s3cr3t!", "--out", "out dir"]);

        safe.ShouldBe(["scan", "--access-token", "***", "--client-secret=***", "--out", "out dir"]);
        string.Join(' ', safe).ShouldNotContain("s3cr3t");
        string.Join(' ', safe).ShouldNotContain("eyJ0eXAi");
    }

    [Fact]
    public void The_command_line_quotes_arguments_with_spaces()
    {
        var run = new RunInfo
        {
            ToolVersion = "0.1.0", RunId = "r", StartedAt = default, FinishedAt = default,
            ConfigSha256 = "c", SnapshotSha256 = "s",
            Arguments = ["compliance", "scan", "--out", "my out"],
        };

        run.CommandLine.ShouldBe("compliance scan --out \"my out\"");
    }
}
