using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Fakes.Azure;
using static ComplianceEngine.Collectors.Tests.Azure.ArmScenario;
using static ComplianceEngine.Collectors.Tests.Verdicts.Verdicts;

namespace ComplianceEngine.Collectors.Tests.Azure;

/// <summary>End to end, collector to built-in rules: one unreadable subscription costs only its own results.</summary>
public sealed class AzureGapVerdictTests
{
    [Fact]
    public async Task A_forbidden_subscription_makes_its_own_results_errors_and_leaves_every_other_result_as_in_a_complete_run()
    {
        var forbidden = SubscriptionId(2);
        await using var complete = await ArmHarness.StartAsync(Estate());
        await using var restricted = await ArmHarness.StartAsync(Estate());
        restricted.Arm.Inject($"/subscriptions/{forbidden}/", FakeArmFaultKind.Forbidden);

        var before = Of(await complete.CollectAsync());
        var after = Of(await restricted.CollectAsync());

        bool Others(Finding f) => f.Resource.Provider == "azure" && f.Resource.Scope != forbidden;
        var expected = ByResource(before, Others);
        expected.Values.ShouldContain(v => v.Contains(nameof(Outcome.Pass)));
        expected.Values.ShouldContain(v => v.Contains(nameof(Outcome.Fail)));
        ByResource(after, Others).ShouldBe(expected, ignoreOrder: true);

        var own = after.Where(f => f.Resource.Scope == forbidden).ToList();
        own.ShouldNotBeEmpty();
        own.ShouldAllBe(f => f.Outcome == Outcome.Error);
        // Rules over its resources and over the subscription itself both say why, for that subscription only.
        own.Select(f => f.RuleId).ShouldContain("LOC-AZ-01");
        own.Select(f => f.RuleId).ShouldContain("AZ-RBAC-02");
        own.ShouldAllBe(f => f.Reason != null && f.Reason.Contains("403 Forbidden"));
    }

    // Three subscriptions with resources in and out of the allowed countries, and one with too many Owners.
    private static FakeArmData Estate()
    {
        var data = Tenant(subscriptions: 3);
        foreach (var n in new[] { 1, 2 })
        {
            for (var i = 0; i < 4; i++)
                data.Find(SubscriptionId(n))!.AssignRole(Owner, $"00000000-0000-0000-0000-0000000{n}b00{i}", "ServicePrincipal");
        }
        return data;
    }
}
