using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Internal;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests.Internal;

public sealed class OutcomeMappingTests
{
    [Theory]
    [InlineData(Outcome.Fail, "fail", "error")]
    [InlineData(Outcome.Waived, "fail", "error")]
    [InlineData(Outcome.Pass, "pass", "none")]
    [InlineData(Outcome.NotApplicable, "notApplicable", "none")]
    [InlineData(Outcome.Error, "open", "none")]
    public void Only_failures_carry_the_severity_as_level(Outcome outcome, string kind, string level)
    {
        OutcomeMapping.SarifKind(outcome).ShouldBe(kind);
        OutcomeMapping.SarifLevel(outcome, Severity.Error).ShouldBe(level);
    }

    [Fact]
    public void The_fingerprint_depends_on_rule_and_resource_key_only()
    {
        var resource = Some.Resource("tokyo-a").Resource;

        OutcomeMapping.Fingerprint("TEST001", resource with { DisplayName = "renamed" })
            .ShouldBe(OutcomeMapping.Fingerprint("TEST001", resource));
        OutcomeMapping.Fingerprint("TEST002", resource).ShouldNotBe(OutcomeMapping.Fingerprint("TEST001", resource));
        OutcomeMapping.Fingerprint("TEST001", Some.Resource("tokyo-b").Resource).ShouldNotBe(OutcomeMapping.Fingerprint("TEST001", resource));
    }

    [Theory]
    [InlineData("Enabled member user without MFA registered", "EnabledMemberUserWithoutMFARegistered")]
    [InlineData("Global Administrator count outside [2, 4]", "GlobalAdministratorCountOutside24")]
    [InlineData("AWS root account: no MFA", "AWSRootAccountNoMFA")]
    public void Rule_names_are_pascal_case_identifiers(string title, string name) =>
        OutcomeMapping.PascalName(title).ShouldBe(name);
}
