using System.Text;
using System.Text.Json.Nodes;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

/// <summary>How the drift since the previous run shows in results.sarif (baselineState) and evidence.json.</summary>
public sealed class DriftOutputTests
{
    private static readonly EvaluationResult Current = Some.Scenario();

    /// <summary>The previous night: tokyo-a failed, virginia passed, a since-deleted resource failed TEST002 (which, unlike
    /// TEST001, has no Error result now, so its vanished failure counts as resolved), the rest as now.</summary>
    private static RunDrift Drift()
    {
        var now = ResultRecord.AllOf(Current).ToList();
        var previous = now.Select(r => r.DisplayName switch
            {
                "tokyo-a" when r.RuleId == "TEST001" => r with { Outcome = Outcome.Fail },
                "virginia" => r with { Outcome = Outcome.Pass },
                _ => r,
            })
            .Append(new ResultRecord("TEST002", "azure/sub/Microsoft.Storage/storageAccounts/deleted", "deleted", Outcome.Fail, Severity.Error));
        return RunDrift.Compare(new BaselineRun("run-0000", Some.CollectedAt.AddDays(-1)), previous, now, RunDrift.FullyEvaluatedIn(Current));
    }

    private static SarifDocument Sarif() => SarifDocument.Of(Current, Some.Run() with { Drift = Drift() });

    [Fact]
    public void Sarif_with_baseline_states_and_an_absent_result_validates_against_the_OASIS_schema()
    {
        var sarif = Sarif();

        var validation = SarifSchema.Validate(sarif.Text);

        validation.IsValid.ShouldBeTrue(SarifSchema.Describe(validation));
        sarif.Results.ShouldAllBe(r => r!["baselineState"] != null);
    }

    [Fact]
    public void Changed_outcomes_are_updated_and_the_rest_unchanged()
    {
        var sarif = Sarif();

        ((string?)sarif.ResultFor("TEST001", "virginia")["baselineState"]).ShouldBe("updated");
        ((string?)sarif.ResultFor("TEST001", "virginia")["properties"]!["drift"]).ShouldBe("regression");
        ((string?)sarif.ResultFor("TEST001", "virginia")["properties"]!["previousOutcome"]).ShouldBe("pass");
        ((string?)sarif.ResultFor("TEST001", "tokyo-a")["properties"]!["drift"]).ShouldBe("resolved");
        ((string?)sarif.ResultFor("TEST001", "osaka-b")["baselineState"]).ShouldBe("unchanged");
    }

    [Fact]
    public void A_failure_that_is_gone_is_an_absent_result_that_no_consumer_raises_as_an_alert()
    {
        var absent = Sarif().Results.Single(r => (string?)r!["baselineState"] == "absent")!;

        ((string?)absent["ruleId"]).ShouldBe("TEST002");
        ((string?)absent["kind"]).ShouldBe("pass");
        ((string?)absent["level"]).ShouldBe("none");
        ((string?)absent["properties"]!["previousOutcome"]).ShouldBe("fail");
        ((string?)absent["partialFingerprints"]!["complianceResource/v1"])
            .ShouldBe(ResultRecord.FingerprintOf("TEST002", "azure/sub/Microsoft.Storage/storageAccounts/deleted"));
    }

    [Fact]
    public void The_sarif_fingerprint_is_the_history_fingerprint()
    {
        var sarif = Sarif();
        var record = ResultRecord.AllOf(Current).First(r => r.DisplayName == "osaka-b");

        ((string?)sarif.ResultFor("TEST001", "osaka-b")["partialFingerprints"]!["complianceResource/v1"]).ShouldBe(record.Fingerprint);
    }

    [Fact]
    public void Evidence_carries_the_baseline_the_counts_and_every_change_involving_a_failure()
    {
        var evidence = JsonNode.Parse(Encoding.UTF8.GetString(Some.Render(s => EvidenceWriter.Write(Current, Some.Run() with { Drift = Drift() }, s))))!;

        var drift = evidence["drift"]!;
        ((string?)drift["baselineRunId"]).ShouldBe("run-0000");
        ((int)drift["new"]!, (int)drift["regressions"]!, (int)drift["resolved"]!).ShouldBe((0, 1, 2));
        drift["changes"]!.AsArray().Select(c => ((string)c!["displayName"]!, (string)c["state"]!)).ShouldBe(
            [("deleted", "resolved"), ("tokyo-a", "resolved"), ("virginia", "regression")], ignoreOrder: true);
    }

    [Fact]
    public void Without_a_history_evidence_says_drift_null_and_sarif_has_no_baseline_state()
    {
        var evidence = JsonNode.Parse(Encoding.UTF8.GetString(Some.Render(s => EvidenceWriter.Write(Current, Some.Run(), s))))!.AsObject();

        evidence.ContainsKey("drift").ShouldBeTrue();
        evidence["drift"].ShouldBeNull();
        SarifDocument.Of(Current).Text.ShouldNotContain("baselineState");
    }
}
