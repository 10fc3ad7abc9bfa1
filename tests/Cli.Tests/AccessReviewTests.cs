using System.Text;

namespace ComplianceEngine.Cli.Tests;

public sealed class AccessReviewTests
{
    private static List<string[]> Rows(string csv) =>
        File.ReadAllText(csv, Encoding.UTF8).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(Cells).ToList();

    // The sample's cells hold no quotes; a comma only inside a quoted cell.
    private static string[] Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
                cell.Append(c);
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }

    [Fact]
    public async Task The_samples_review_lists_every_privileged_grant_exactly_once()
    {
        using var dir = new TempDir();
        var run = await CliRun.Of("access-review", "--snapshot", CliRun.Sample, "--out", dir.Path, "--config", CliRun.RulesJson);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("36 privileged grants");
        var rows = Rows(dir.File("access-review.csv"));
        var listed = rows.Select(r => string.Join(" | ", r[0], r[2], r[3], r[4], r[5], r[6])).ToList();
        var expected = File.ReadLines(Repository.PathOf("tests", "Cli.Tests", "TestData", "sample-access-review.expected.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        listed.ShouldBeUnique();
        listed.Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal));
        rows.ShouldAllBe(r => r.Length == 15 && r[11] == "" && r[12] == "" && r[13] == "" && r[14] == "");
        rows.Single(r => r[0] == "leaver2@sample.onmicrosoft.com")[1].ShouldBe("disabled");
        rows.Single(r => r[6].EndsWith("alice.admin", StringComparison.Ordinal))[7].ShouldBe("IAM user linked by tag:owner");
        // A group's Azure role is one row per member, held through the group; the group itself has no row once its members are known.
        var leaver = rows.Single(r => r[0] == "leaver3@sample.onmicrosoft.com" && r[2] == "azure");
        (leaver[1], leaver[7]).ShouldBe(("disabled", "group Dev contributors"));
        rows.ShouldNotContain(r => r[0].StartsWith("(group", StringComparison.Ordinal));
        rows.Single(r => r[0].StartsWith("(service principal", StringComparison.Ordinal))[1].ShouldBe("service principal");
        rows.Single(r => r[6] == "yui.tanaka@sample.onmicrosoft.com" && r[3] == "AdministratorAccess")[7]
            .ShouldBe("group Platform admins; Identity Center user linked by userName");
        rows.Single(r => r[6] == "leaver3@sample.onmicrosoft.com" && r[2] == "aws")[1].ShouldBe("disabled");
    }

    [Fact]
    public async Task Every_scan_writes_the_review_lists_it_in_the_manifest_and_shows_it_in_the_report()
    {
        using var dir = new TempDir();
        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--out", dir.Path, "--config", CliRun.RulesJson, "--no-history");

        run.ExitCode.ShouldBe(1, run.Stderr);
        File.ReadAllText(dir.File("manifest.json")).ShouldContain("\"access-review.csv\"");
        Rows(dir.File("access-review.csv")).Count.ShouldBe(36);
        var html = File.ReadAllText(dir.File("report.html"));
        html.ShouldContain("Privileged access review");
        html.ShouldContain("(deleted principal 0d0d0d0d-dead-4000-8000-00000000dead)");
    }

    [Fact]
    public async Task A_missing_mapping_file_is_a_configuration_error_naming_the_file()
    {
        using var dir = new TempDir();
        var config = dir.Write("rules.json", """{ "identityLinks": { "mappingFile": "links.csv", "awsNamingConvention": "adm-" } }""");

        var run = await CliRun.Of("access-review", "--snapshot", CliRun.Sample, "--out", dir.Path, "--config", config);

        run.ExitCode.ShouldBe(3);
        run.Stderr.ShouldContain("links.csv does not exist");
        run.Stderr.ShouldContain("exactly one of {upn} or {alias}");
        File.Exists(dir.File("access-review.csv")).ShouldBeFalse();
    }
}
