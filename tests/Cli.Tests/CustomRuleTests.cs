using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

public sealed class CustomRuleTests
{
    private const string Config = """
        {
          "parameters": { "allowedCountries": ["JP"] },
          "customRules": [
            {
              "id": "ORG-ENT-01",
              "title": "Enabled member account without a licence",
              "category": "AccessControl",
              "severity": "error",
              "controls": ["ISO27001:2022 A.5.18", "ISMS-A-04 5.18"],
              "factType": "EntraUser",
              "requiredData": ["entra.users"],
              "scope": "AccountEnabled == true && UserType == \"Member\"",
              "condition": "AssignedLicenseCount == 0",
              "remediation": "Assign a licence to {resource} or disable the account."
            }
          ]
        }
        """;

    [Fact]
    public async Task A_custom_rule_from_rules_json_fires_in_a_scan_and_is_listed()
    {
        using var dir = new TempDir();
        var config = dir.Write("rules.json", Config);

        var scan = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", config, "--out", dir.File("out"));
        var rules = await CliRun.Of("rules", "--config", config);

        scan.Stdout.ShouldContain("ORG-ENT-01");
        var results = JsonNode.Parse(File.ReadAllText(dir.File("out/results.sarif")))!["runs"]![0]!["results"]!.AsArray();
        var fired = results.Where(r => (string)r!["ruleId"]! == "ORG-ENT-01" && (string)r!["kind"]! == "fail").ToList();
        fired.Select(r => (string)r!["locations"]![0]!["logicalLocations"]![0]!["name"]!).ShouldBe(["breakglass1@sample.onmicrosoft.com", "breakglass2@sample.onmicrosoft.com", "svc-scanner@sample.onmicrosoft.com", "bg-sub@sample-sub.onmicrosoft.com"], ignoreOrder: true);
        File.ReadAllText(dir.File("out/remediation.csv")).ShouldContain("Assign a licence to svc-scanner@sample.onmicrosoft.com or disable the account.");
        rules.Stdout.ShouldContain("ORG-ENT-01");
    }

    [Fact]
    public async Task A_broken_custom_rule_is_reported_by_validate_with_its_position()
    {
        using var dir = new TempDir();
        var config = dir.Write("rules.json", Config.Replace("AssignedLicenseCount == 0", "AssignedLicenceCount == 0"));

        var run = await CliRun.Of("validate", "--config", config);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Stderr.ShouldContain("$.customRules[0].condition: custom rule ORG-ENT-01: 'AssignedLicenceCount == 0' does not parse at position 0");
        run.Stderr.ShouldContain($"{config}:13:");
    }

    [Fact]
    public async Task Validate_rejects_a_custom_rule_without_required_data_with_file_line_path_and_what_is_expected()
    {
        using var dir = new TempDir();
        var config = dir.Write("rules.json", Config.Replace("\"requiredData\": [\"entra.users\"],", ""));

        var run = await CliRun.Of("validate", "--config", config);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Stderr.ShouldContain($"{config}:4: $.customRules[0]: custom rule has no 'requiredData'");
        run.Stderr.ShouldContain("e.g. \"requiredData\": [\"entra.users\"]");
    }
}
