using System.Text;
using ComplianceEngine.Reports.Tests.TestSupport;

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

    [Fact]
    public void A_secret_passed_straight_into_the_run_never_reaches_the_outputs()
    {
        var run = Some.Run() with { Arguments = ["compliance", "scan", "--token", "tok-123-secret", "--password=hunter2"] };

        var sarif = Encoding.UTF8.GetString(Some.Render(s => SarifWriter.Write(Some.Scenario(), run, s)));
        var evidence = Encoding.UTF8.GetString(Some.Render(s => EvidenceWriter.Write(Some.Scenario(), run, s)));

        foreach (var text in new[] { sarif, evidence })
        {
            text.ShouldNotContain("tok-123-secret");
            text.ShouldNotContain("hunter2");
            text.ShouldContain("--token ***");
        }
    }
}
