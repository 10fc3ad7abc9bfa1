using System.Text.Json.Nodes;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Cli.Tests;

/// <summary>
/// The CLI collecting from a source configured in rules.json — the AWS fake on 127.0.0.1, reached through the real
/// SDKs with credentials from a shared credentials file — then evaluating it. One class, so the process-wide AWS
/// environment variables it sets are never seen by another test at the same time (the environment collection runs alone).
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class CollectFromSourcesTests
{
    private static FakeAwsAccount Account() => new()
    {
        Users =
        [
            new FakeIamUser("alice") { PasswordEnabled = true, MfaActive = true, MfaSerials = ["GAHT12345678"], Policies = ["arn:aws:iam::aws:policy/AdministratorAccess"] },
            new FakeIamUser("bob") { PasswordEnabled = true },
        ],
        Buckets = [new FakeBucket("data-tokyo", "ap-northeast-1")],
        Regions = [new FakeRegion("ap-northeast-1")],
    };

    // The AWS SDK remembers where the shared credentials file was the first time it looked: one path for all tests.
    private static readonly string CredentialsFile = WriteCredentials();

    private static string WriteCredentials()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "compliance-cli-tests-aws")).FullName;
        var path = Path.Combine(dir, "credentials");
        File.WriteAllText(path, $"[e2e]\naws_access_key_id = {AwsFakeCloud.AccessKeyId}\naws_secret_access_key = {AwsFakeCloud.SecretKey}\n");
        return path;
    }

    private static Task<CliRun> Scan(TempDir dir, AwsFakeCloud cloud, params string[] command) =>
        ScanWith(dir, $$"""{ "profile": "e2e", "endpointUrl": "{{cloud.Endpoint}}" }""", command);

    private static async Task<CliRun> ScanWith(TempDir dir, string source, params string[] command)
    {
        var config = dir.Write("rules.json", $$"""
            { "parameters": { "allowedCountries": ["JP"] },
              "sources": { "aws": [ {{source}} ] } }
            """);
        using var credentials = new EnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", CredentialsFile);
        using var configFile = new EnvironmentVariable("AWS_CONFIG_FILE", dir.File("no-config"));
        return await CliRun.Of([.. command, "--config", config, "--out", dir.File("out")]);
    }

    [Fact]
    public async Task Scan_without_a_snapshot_collects_from_the_configured_account_and_evaluates_it()
    {
        using var dir = new TempDir();
        await using var cloud = await AwsFakeCloud.StartAsync(Account());

        var run = await Scan(dir, cloud, "scan");

        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stdout + run.Stderr);
        run.Stdout.ShouldContain("aws:profile/e2e");
        var results = JsonNode.Parse(File.ReadAllText(dir.File("out/results.sarif")))!["runs"]![0]!["results"]!.AsArray();
        string Outcome(string rule, string name) => (string)results.Single(r => (string)r!["ruleId"]! == rule
            && (string)r["locations"]![0]!["logicalLocations"]![0]!["name"]! == name)!["properties"]!["outcome"]!;
        Outcome("AWS-IAM-05", "alice").ShouldBe("fail");
        Outcome("AWS-IAM-01", "bob").ShouldBe("fail");
        Outcome("AWS-IAM-01", "alice").ShouldBe("pass");
        Outcome("LOC-AWS-01", "data-tokyo").ShouldBe("pass");
        cloud.SignatureFailures.ShouldBe(0);
        File.ReadAllText(dir.File("out/snapshot.json")).ShouldNotContain(AwsFakeCloud.SecretKey);
    }

    [Fact]
    public async Task Identity_Center_is_read_where_the_source_names_its_region_and_feeds_the_rules_and_the_access_review()
    {
        using var dir = new TempDir();
        var account = Account();
        account.IdentityCenter = new FakeIdentityCenter
        {
            Region = "ap-northeast-1",
            PageSize = 1,
            PermissionSets = [new FakePermissionSet("AdministratorAccess") { ManagedPolicies = ["arn:aws:iam::aws:policy/AdministratorAccess"] }],
            Users = [new FakeCenterUser("u-1", "contractor.admin") { Emails = ["admin@contractor.example"] }, new FakeCenterUser("u-2", "reader")],
            Groups = [new FakeCenterGroup("g-1", "Platform admins") { Members = ["u-1"] }],
            Assignments = [("123456789012", "AdministratorAccess", "GROUP", "g-1")],
        };
        await using var cloud = await AwsFakeCloud.StartAsync(account);

        var run = await ScanWith(dir, $$"""{ "profile": "e2e", "endpointUrl": "{{cloud.Endpoint}}", "identityCenterRegion": "ap-northeast-1" }""", "scan");

        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stdout + run.Stderr);
        var results = JsonNode.Parse(File.ReadAllText(dir.File("out/results.sarif")))!["runs"]![0]!["results"]!.AsArray();
        string Outcome(string rule, string name) => (string)results.Single(r => (string)r!["ruleId"]! == rule
            && (string)r["locations"]![0]!["logicalLocations"]![0]!["name"]! == name)!["properties"]!["outcome"]!;
        Outcome("PERSON-ORPHAN-02", "contractor.admin").ShouldBe("fail");
        Outcome("AWS-IAM-10", "bob").ShouldBe("fail"); // Identity Center has users: in use, without the parameter
        var review = File.ReadAllText(dir.File("out/access-review.csv"));
        review.ShouldContain("AWS administrator (Identity Center)");
        review.ShouldContain("group Platform admins; Identity Center user not linked");
        cloud.Calls("identitystore:ListUsers").ShouldBe(2);
        cloud.SignatureFailures.ShouldBe(0);
    }

    [Fact]
    public async Task A_call_refused_by_the_account_makes_the_scan_incomplete_and_its_rules_error()
    {
        using var dir = new TempDir();
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("s3:ListBuckets", AwsFault.Deny);

        var run = await Scan(dir, cloud, "scan");

        run.ExitCode.ShouldBe(ExitCodes.Incomplete);
        run.Stdout.ShouldContain("aws.s3");
        var evidence = JsonNode.Parse(File.ReadAllText(dir.File("out/evidence.json")))!;
        var bucketRule = evidence["rules"]!.AsArray().Single(r => (string)r!["id"]! == "LOC-AWS-01")!;
        ((int)bucketRule["counts"]!["pass"]!).ShouldBe(0);
        ((int)bucketRule["counts"]!["error"]!).ShouldBe(1);
    }

    [Fact]
    public async Task Collect_writes_a_snapshot_the_scan_can_replay()
    {
        using var dir = new TempDir();
        await using var cloud = await AwsFakeCloud.StartAsync(Account());

        var collect = await Scan(dir, cloud, "collect");
        var replay = await CliRun.Of("scan", "--snapshot", dir.File("out/snapshot.json"), "--config", dir.File("rules.json"), "--out", dir.File("replay"));

        collect.ExitCode.ShouldBe(ExitCodes.Success, collect.Stderr);
        replay.ExitCode.ShouldBe(ExitCodes.Failures, replay.Stderr);
    }

    [Fact]
    public async Task An_organisation_source_scans_every_active_account_and_a_refused_role_leaves_the_others()
    {
        using var dir = new TempDir();
        var management = Account();
        var member = new FakeAwsAccount { AccountId = "222222222222", Users = [new FakeIamUser("carol") { PasswordEnabled = true }] };
        member.Roles.Add(new FakeRole("vendor", """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999988887777:root"},"Action":"sts:AssumeRole"}]}""")
            { Policies = ["arn:aws:iam::aws:policy/AdministratorAccess"] });
        var refusing = new FakeAwsAccount { AccountId = "333333333333" };
        await using var cloud = await AwsFakeCloud.StartAsync(management, new FakeOrganization
        {
            Members = [new FakeMember(management, "management"), new FakeMember(member, "workload"), new FakeMember(refusing, "refusing")],
        });
        cloud.Faults.Add("sts:AssumeRole@333333333333", AwsFault.Deny);

        var run = await ScanWith(dir, $$"""{ "profile": "e2e", "endpointUrl": "{{cloud.Endpoint}}", "organization": { "roleName": "ComplianceAudit" } }""", "scan");

        run.ExitCode.ShouldBe(ExitCodes.Incomplete, run.Stdout + run.Stderr);
        var snapshot = JsonNode.Parse(File.ReadAllText(dir.File("out/snapshot.json")))!;
        snapshot["sources"]!.AsArray().Select(s => ((string)s!["id"]!, (string)s["status"]!)).ShouldBe(
            [("aws:123456789012", "complete"), ("aws:222222222222", "complete"), ("aws:333333333333", "failed")]);
        var results = JsonNode.Parse(File.ReadAllText(dir.File("out/results.sarif")))!["runs"]![0]!["results"]!.AsArray();
        results.ShouldContain(r => (string)r!["ruleId"]! == "AWS-ROLE-02" && (string)r["properties"]!["outcome"]! == "fail");
        cloud.SignatureFailures.ShouldBe(0);
    }
}
