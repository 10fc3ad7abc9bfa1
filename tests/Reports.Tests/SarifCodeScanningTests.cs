using System.Globalization;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Internal;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

/// <summary>What GitHub code scanning needs without a jq rewrite: a physical location per result, security-severity, helpUri.</summary>
public sealed class SarifCodeScanningTests
{
    [Fact]
    public void Every_result_has_a_stable_escaped_artifact_location_under_tenants()
    {
        var sarif = SarifDocument.Of(Some.Scenario());

        foreach (var result in sarif.Results)
        {
            var location = result!["locations"]![0]!;
            var uri = (string)location["physicalLocation"]!["artifactLocation"]!["uri"]!;
            var key = (string)location["logicalLocations"]![0]!["fullyQualifiedName"]!;
            uri.ShouldStartWith("tenants/azure/sub-1/");
            Uri.IsWellFormedUriString(uri, UriKind.Relative).ShouldBeTrue(uri);
            uri.ShouldBe(SarifArtifact.UriOfKey(key));
            ((int)location["physicalLocation"]!["region"]!["startLine"]!).ShouldBe(1);
        }
        ((string?)sarif.ResultFor("TEST001", "virginia")["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"])
            .ShouldBe("tenants/azure/sub-1/Microsoft.Storage%2FstorageAccounts/%2Fsubscriptions%2Fsub-1%2Fproviders%2FMicrosoft.Storage%2FstorageAccounts%2Fvirginia");
        SarifDocument.Of(Some.Scenario()).Text.ShouldBe(sarif.Text);
    }

    [Theory]
    [InlineData("entra", "tenant-1", "user", "0b1c-42")]
    [InlineData("aws", "123456789012", "iam-user", "arn:aws:iam::123456789012:user/dev/x y")]
    [InlineData("aws", "123456789012", "aws:ec2:instance", "i-0abc")]
    [InlineData("azure", "sub-1", "Microsoft.Sql/servers/databases", "/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.Sql/servers/s/databases/d")]
    [InlineData("azure", "tenant-1", "source", "azure:prod/subscription:abc")]
    public void A_resolved_failure_known_only_by_its_key_gets_the_location_it_had(string provider, string scope, string kind, string id)
    {
        var resource = new Engine.Facts.ResourceRef(provider, scope, kind, id, "name");

        SarifArtifact.UriOfKey(resource.Key).ShouldBe(SarifArtifact.Uri(resource));
    }

    [Fact]
    public void Absent_results_carry_a_location_and_the_github_fingerprint_too()
    {
        var current = Some.Scenario();
        var previous = ResultRecord.AllOf(current)
            .Append(new ResultRecord("TEST002", "azure/sub-1/Microsoft.Storage/storageAccounts//subscriptions/sub-1/deleted", "deleted", Outcome.Fail, Severity.Note));
        var drift = RunDrift.Compare(new BaselineRun("run-0000", Some.CollectedAt.AddDays(-1)), previous, ResultRecord.AllOf(current), RunDrift.FullyEvaluatedIn(current));
        var sarif = SarifDocument.Of(current, Some.Run() with { Drift = drift });

        var absent = sarif.Results.Single(r => (string?)r!["baselineState"] == "absent")!;

        ((string?)absent["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"])
            .ShouldBe("tenants/azure/sub-1/Microsoft.Storage%2FstorageAccounts/%2Fsubscriptions%2Fsub-1%2Fdeleted");
        ((string?)absent["partialFingerprints"]!["primaryLocationLineHash"]).ShouldBe((string?)absent["partialFingerprints"]!["complianceResource/v1"]);
        var validation = SarifSchema.Validate(sarif.Text);
        validation.IsValid.ShouldBeTrue(SarifSchema.Describe(validation));
    }

    [Fact]
    public void Results_carry_the_fingerprint_github_tracks_alerts_by()
    {
        var sarif = SarifDocument.Of(Some.Scenario());

        sarif.Results.ShouldAllBe(r => (string?)r!["partialFingerprints"]!["primaryLocationLineHash"] == (string?)r["partialFingerprints"]!["complianceResource/v1"]);
    }

    [Fact]
    public void Rules_carry_security_severity_as_a_number_string_from_their_effective_severity()
    {
        var sarif = SarifDocument.Of(Some.Scenario());

        var scores = sarif.Rules.ToDictionary(r => (string)r!["id"]!, r => (string)r!["properties"]!["security-severity"]!);

        scores["TEST001"].ShouldBe("5.0");   // warning: medium
        scores["TEST002"].ShouldBe("2.0");   // note: low
        foreach (var score in scores.Values)
            double.Parse(score, CultureInfo.InvariantCulture).ShouldBeInRange(0.0, 10.0);
        sarif.Rules.ShouldAllBe(r => r!["properties"]!["tags"]!.AsArray().Any(t => (string?)t == "security"));
    }

    [Theory]
    [InlineData("LOC-AZ-01", Severity.Error, "7.5", false)]
    [InlineData("ENT-PRIV-01", Severity.Error, "9.1", true)]
    [InlineData("AWS-ROOT-01", Severity.Warning, "7.0", true)]
    [InlineData("AWS-IAM-05", Severity.Note, "4.0", true)]
    [InlineData("ENT-MFA-01", Severity.Warning, "5.0", false)]
    public void Privileged_access_rules_are_one_band_higher(string id, Severity severity, string expected, bool privileged)
    {
        var rule = ResidencyRule.Rule with { Id = id };

        SecuritySeverity.Of(rule, severity).ShouldBe(expected);
        SecuritySeverity.IsPrivileged(rule).ShouldBe(privileged);
    }

    [Fact]
    public void HelpUri_is_absolute_under_the_configured_base_and_the_base_is_joined_whatever_its_trailing_slash()
    {
        var sarif = SarifDocument.Of(Some.Scenario(), Some.Run() with { HelpBaseUri = new Uri("https://docs.example.jp/compliance/") });

        sarif.Rules.Select(r => (string?)r!["helpUri"]).ShouldBe(
            ["https://docs.example.jp/compliance/docs/rules/TEST001.md", "https://docs.example.jp/compliance/docs/rules/TEST002.md"]);
        Engine.Configuration.ComplianceConfig.ParseHelpBaseUrl("https://docs.example.jp/compliance")!.AbsoluteUri
            .ShouldBe("https://docs.example.jp/compliance/");
        Engine.Configuration.ComplianceConfig.ParseHelpBaseUrl("docs/rules").ShouldBeNull();
        Engine.Configuration.ComplianceConfig.ParseHelpBaseUrl("javascript:alert(1)").ShouldBeNull();
        Engine.Configuration.ComplianceConfig.ParseHelpBaseUrl("https://x.example/?a=1").ShouldBeNull();
    }
}
