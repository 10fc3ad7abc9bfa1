using System.Text.Json;

namespace ComplianceEngine.Cli.Tests.Hardening;

/// <summary>#13.10: whatever a custom rule's expression does, validate refuses it (exit 3, file and JSON path) or scan
/// runs it to the end (a throwing fact becomes Error); never exit 4, a stack overflow or an exhausted memory.</summary>
public sealed class CustomRuleHardeningTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Config(string condition) => _dir.Write("rules.json", $$"""
        {
          "customRules": [ { "id": "ORG-X-01", "title": "x", "factType": "EntraUser", "requiredData": ["entra.users"],
                             "condition": {{JsonSerializer.Serialize(condition)}} } ]
        }
        """);

    public static TheoryData<string, string> Refused => new()
    {
        { "Roles.Any(r => r.RoleName == \"Global Administrator\")", "lambda" },
        { "Roles.Any(RoleName == \"Global Administrator\")", "lambda" },
        { "Roles.Where(r => r.AssignmentState == \"active\").Count() > 1", "lambda" },
        { new string('(', 100) + "AccountEnabled" + new string(')', 100), "nested" },
        { new string('(', 2000) + "AccountEnabled" + new string(')', 2000), "characters long" },
        { string.Concat(Enumerable.Repeat("!", 5000)) + "AccountEnabled", "characters long" },
        { "DisplayName.PadLeft(1000000000).Length > 0", "PadLeft" },
        { "UserPrincipalName.PadRight(AssignedLicenseCount).Length > 0", "PadRight" },
        { "CreatedDateTime < DateTimeOffset.Now.AddDays(-90)", "clock" },
        { "CreatedDateTime < DateTimeOffset.UtcNow", "clock" },
        { "DateTime.Today.Year > 2000", "clock" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Validate_and_scan_refuse_it_with_the_path(string condition, string problem)
    {
        var config = Config(condition);

        var validate = await CliRun.Of("validate", "--config", config);
        var scan = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", _dir.File("out"));

        foreach (var run in new[] { validate, scan })
        {
            run.ExitCode.ShouldBe(ExitCodes.BadInput, run.Stderr);
            run.Stderr.ShouldContain("$.customRules[0].condition");
            run.Stderr.ShouldContain(problem, Case.Insensitive, run.Stderr);
        }
        Directory.Exists(_dir.File("out")).ShouldBeFalse();
    }

    public static TheoryData<string> ThrowingOnSomeFacts => new()
    {
        "UserPrincipalName.Substring(40).Length > 0",               // out of range on short names
        "100 / AssignedLicenseCount > 1",                           // division by zero where the count is 0
        "Convert.ToInt32(UserPrincipalName) > 0",                   // conversion
        "Int32.Parse(DisplayName) > 0",
    };

    [Theory]
    [MemberData(nameof(ThrowingOnSomeFacts))]
    public async Task A_runtime_exception_on_one_fact_becomes_an_Error_for_that_fact_and_the_run_completes(string condition)
    {
        var config = Config(condition);

        var validate = await CliRun.Of("validate", "--config", config);
        var scan = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", _dir.File("out"));

        validate.ExitCode.ShouldBe(ExitCodes.Success, validate.Stderr);
        scan.ExitCode.ShouldBe(ExitCodes.Incomplete, scan.Stderr + scan.Stdout);
        var evidence = File.ReadAllText(_dir.File("out/evidence.json"));
        evidence.ShouldContain("the custom rule's expression failed on this resource");
        scan.Stdout.ShouldContain("ORG-X-01");
    }

    public void Dispose() => _dir.Dispose();
}
