using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.DataLocation;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.DataLocation;

public sealed class AzureAllowedLocationsPolicyRuleTests
{
    [Fact]
    public void Subscription_with_the_policy_assigned_passes()
    {
        RuleVerifier.Verify(new AzureAllowedLocationsPolicyRule(), SomeSnapshot.With(Some.AzureSubscription()), Pass(Some.SubscriptionId));
    }

    [Fact]
    public void Subscription_without_the_policy_fails_with_the_assignment_command()
    {
        var subscription = Some.AzureSubscription() with { AllowedLocationsPolicyAssigned = false };

        var finding = RuleVerifier.Verify(new AzureAllowedLocationsPolicyRule(), SomeSnapshot.With(subscription), Fail(Some.SubscriptionId)).Findings.Single();

        finding.Message.ShouldBe("Azure subscription Contoso Production has no 'Allowed locations' policy assigned: nothing stops resources being created outside JP.");
        finding.Remediation!.ShouldContain($"az policy assignment create --name allowed-locations --display-name \"Allowed locations\" --scope /subscriptions/{Some.SubscriptionId} " +
                                           "--policy e56962a6-4747-49cd-b67b-bf8b01975c4c");
    }

    [Fact]
    public void Unknown_policy_state_is_an_error()
    {
        var subscription = Some.AzureSubscription() with { AllowedLocationsPolicyAssigned = null };

        RuleVerifier.Verify(new AzureAllowedLocationsPolicyRule(), SomeSnapshot.With(subscription), Error(Some.SubscriptionId, "policy assignments were not read"));
    }

    [Fact]
    public void Policy_assignments_not_collected_give_an_error_for_the_source()
    {
        var sources = SomeSnapshot.WithGap(Some.AzureSource, Datasets.AzurePolicyAssignments, "403 Forbidden: Microsoft.Authorization/policyAssignments/read");

        RuleVerifier.Verify(new AzureAllowedLocationsPolicyRule(), SomeSnapshot.With(sources, Some.AzureSubscription() with { AllowedLocationsPolicyAssigned = false }),
            Error(Some.AzureSource, "403 Forbidden"));
    }

    [Fact]
    public void Snapshot_without_an_azure_source_is_not_applicable()
    {
        var onlyAws = SomeSnapshot.AllSourcesComplete.Where(s => s.Provider == "aws").ToList();

        RuleVerifier.Verify(new AzureAllowedLocationsPolicyRule(), SomeSnapshot.With(onlyAws), RuleNotApplicable("no azure source"));
    }
}
