using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

public sealed class ValidateAndRulesTests
{
    [Fact]
    public async Task The_shipped_rules_json_is_valid()
    {
        var run = await CliRun.Of("validate", "--config", CliRun.RulesJson);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.Stderr);
        run.Stdout.ShouldContain("valid");
    }

    [Fact]
    public async Task A_broken_config_exits_3_with_file_line_path_and_problem()
    {
        using var dir = new TempDir();
        var config = dir.Write("rules.json", """
            {
              "rules": {
                "ENT-MFA-01": { "parameters": { "graceDays": "two weeks" } }
              },
              "waivers": [ { "rule": "ENT-MFA-01", "resource": "x", "owner": "o", "approver": "a", "expires": "2027-01-01" } ]
            }
            """);

        var run = await CliRun.Of("validate", "--config", config);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Stderr.ShouldContain($"{config}:3: $.rules['ENT-MFA-01'].parameters.graceDays: expected a whole number, found \"two weeks\"");
        run.Stderr.ShouldContain($"{config}:5: $.waivers[0]: waiver has no 'justification'");
    }

    [Fact]
    public async Task A_missing_config_file_exits_3()
    {
        (await CliRun.Of("validate", "--config", "/nonexistent/rules.json")).ExitCode.ShouldBe(ExitCodes.BadInput);
    }

    [Fact]
    public async Task Bad_usage_exits_3()
    {
        var run = await CliRun.Of("scan", "--fail-on", "sometimes");

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Stderr.ShouldContain("sometimes");
    }

    [Fact]
    public async Task Rules_lists_every_rule_with_its_controls()
    {
        var run = await CliRun.Of("rules", "--format", "json");

        var rules = JsonNode.Parse(run.Stdout)!.AsArray();
        rules.Select(r => (string)r!["id"]!).ShouldBe(Rules.BuiltInRules.Descriptors.Select(d => d.Id));
        rules.ShouldAllBe(r => r!["controls"]!.AsArray().Count > 0);
    }

    [Fact]
    public async Task Rules_table_has_a_line_per_rule()
    {
        var run = await CliRun.Of("rules");

        run.Stdout.ShouldContain("ENT-PRIV-01");
        run.Stdout.ShouldContain($"{Rules.BuiltInRules.Descriptors.Count} rules.");
    }
}
