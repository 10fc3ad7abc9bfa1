using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.Tests;

/// <summary>#15.5: the fix as one short command, with the values the collector knows filled in.</summary>
public sealed class RemediationCommandTests
{
    private static readonly EvaluationResult Sample = Evaluate(Repository.PathOf("samples", "sample-tenant.snapshot.json"));

    private static EvaluationResult Evaluate(string path)
    {
        using var stream = File.OpenRead(path);
        return new Evaluator(Engine.Configuration.ComplianceConfig.Default).Evaluate(SnapshotSerializer.Read(stream, path), BuiltInRules.Create());
    }

    [Fact]
    public void Commands_of_the_sample_carry_no_placeholder()
    {
        var commands = Sample.Findings.Where(f => f.Outcome == Outcome.Fail).Select(f => (f.RuleId, f.Command)).Where(c => c.Command is not null).ToList();

        commands.Count.ShouldBeGreaterThan(60);
        commands.ShouldAllBe(c => !System.Text.RegularExpressions.Regex.IsMatch(c.Command!, "<[a-z][a-z0-9 -]*>"));
    }

    [Fact]
    public void Only_failures_have_a_command()
    {
        Sample.Findings.Where(f => f.Outcome is Outcome.Pass or Outcome.NotApplicable or Outcome.Error).ShouldAllBe(f => f.Command == null);
    }

    [Fact]
    public void Access_key_commands_name_the_key_ids_the_collector_listed()
    {
        var user = new AwsIamUser
        {
            SourceId = "aws:123456789012", AccountId = "123456789012", UserName = "deploy", Arn = "arn:aws:iam::123456789012:user/deploy",
            PasswordEnabled = false,
            AccessKeys =
            [
                new AwsAccessKey { Slot = 1, Active = true, LastRotated = DateTimeOffset.Parse("2025-01-01T00:00:00Z"), LastUsed = DateTimeOffset.Parse("2026-11-20T00:00:00Z"), AccessKeyId = "AKIAOLDBUTUSED000001" },
                new AwsAccessKey { Slot = 2, Active = true, LastRotated = DateTimeOffset.Parse("2026-10-01T00:00:00Z"), LastUsed = null, AccessKeyId = "AKIANEWUNUSED0000002" },
            ],
        };
        var snapshot = new FactSnapshot
        {
            CollectedAt = DateTimeOffset.Parse("2026-11-25T02:00:00Z"),
            Sources = [new SourceStatus { Id = "aws:123456789012", Provider = "aws", Scope = "123456789012",
                Datasets = [.. Datasets.Of("aws").Select(d => new DatasetStatus { Name = d })] }],
            Facts = new SnapshotFacts { AwsIamUsers = [user] },
        };

        var findings = new Evaluator(Engine.Configuration.ComplianceConfig.Default).Evaluate(snapshot, BuiltInRules.Create())
            .Findings.Where(f => f.Outcome == Outcome.Fail).ToDictionary(f => f.RuleId);

        // Two active keys: keep the one used last, retire the other — by its id, no "<other id>".
        findings["AWS-IAM-04"].Command.ShouldBe("aws iam update-access-key --user-name deploy --access-key-id AKIANEWUNUSED0000002 --status Inactive");
        findings["AWS-IAM-04"].Remediation!.ShouldNotContain("<other id>");
        findings["AWS-IAM-04"].Remediation!.ShouldContain("--access-key-id AKIANEWUNUSED0000002");
        // The key older than 90 days: a new key first, then the old one out by its id.
        findings["AWS-IAM-02"].Command.ShouldBe(
            "aws iam create-access-key --user-name deploy; aws iam update-access-key --user-name deploy --access-key-id AKIAOLDBUTUSED000001 --status Inactive");
    }
}
