using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests;

/// <summary>The scan summary says what is missing once per scope, not once per dataset and source.</summary>
public sealed class MissingDataSummaryTests
{
    private const string Forbidden = "403 AuthorizationFailed: The client 'scanner' does not have authorization to perform action " +
                                     "'Microsoft.Resources/subscriptions/resources/read' over scope '/subscriptions/8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f'.";
    private const string Prod = "8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f";

    /// <summary>The sample with one subscription refused for two datasets, PIM missing from one tenant and the IAM users of one account missing from its credential report.</summary>
    private static void Damage(JsonNode snapshot)
    {
        snapshot["formatVersion"] = 2;
        var users = snapshot["facts"]!["awsIamUsers"]!.AsArray().Where(u => (string)u!["sourceId"]! == "aws:210987654321").ToList();
        foreach (var source in snapshot["sources"]!.AsArray())
        {
            var id = (string)source!["id"]!;
            if (source["provider"]!.GetValue<string>() == "aws")
                source["datasets"]!.AsArray().Add(new JsonObject { ["name"] = "aws.mfaDevices", ["status"] = "complete" });
            foreach (var dataset in source["datasets"]!.AsArray())
            {
                var name = (string)dataset!["name"]!;
                JsonArray? gaps = (id, name) switch
                {
                    ("azure:sample-prod", "azure.resources" or "azure.roleAssignments") =>
                        [new JsonObject { ["scope"] = $"subscription:{Prod}", ["status"] = "failed", ["reason"] = Forbidden }],
                    ("aws:210987654321", "aws.credentialReport") => [.. users.Select(u => new JsonObject
                    {
                        ["scope"] = $"item:aws/210987654321/iam-user/{(string)u!["arn"]!}", ["status"] = "failed", ["reason"] = "missing from the credential report",
                    })],
                    _ => null,
                };
                if (gaps is not null)
                {
                    dataset["status"] = "partial";
                    dataset["reason"] = $"{gaps.Count} scope(s) not read";
                    dataset["gaps"] = gaps;
                    source["status"] = "partial";
                }
                else if ((id, name) is ("entra:sample.onmicrosoft.com", "entra.pim"))
                {
                    (dataset["status"], dataset["reason"], source["status"]) = ("failed", "403: the tenant has no Entra ID P2 licence", "partial");
                }
            }
        }
    }

    [Fact]
    public async Task Each_incomplete_scope_is_printed_once_with_its_datasets_and_the_exit_code_stays_2()
    {
        using var dir = new TempDir();
        var snapshot = dir.SampleWith(Damage);

        var run = await CliRun.Of("scan", "--snapshot", snapshot, "--config", CliRun.RulesJson, "--out", dir.File("out"));

        run.ExitCode.ShouldBe(ExitCodes.Incomplete, run.Stderr);
        run.Stdout.Split(Forbidden).Length.ShouldBe(2, run.Stdout);
        var lines = run.Stdout.Split('\n');
        lines.ShouldContain(l => l.StartsWith("  azure:sample-prod") && l.TrimEnd().EndsWith("partial — 1 incomplete scope"));
        var subscription = lines.Single(l => l.Contains(Forbidden));
        subscription.ShouldStartWith($"  azure:sample-prod — subscription sample-prod ({Prod}): azure.resources, azure.roleAssignments ({Forbidden}); ");
        subscription.ShouldContain("Error for its resources");
        subscription.TrimEnd().ShouldEndWith("; 0 other subscriptions complete");
        lines.Single(l => l.Contains("missing from the credential report")).ShouldStartWith("  aws:210987654321 — 11 items (");
        lines.Single(l => l.Contains("no Entra ID P2")).ShouldStartWith("  entra:sample.onmicrosoft.com — whole dataset: entra.pim (403: the tenant has no Entra ID P2 licence)");
    }
}
