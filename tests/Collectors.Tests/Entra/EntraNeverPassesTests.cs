using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;

namespace ComplianceEngine.Collectors.Tests.Entra;

public sealed class EntraNeverPassesTests
{
    [Fact]
    public async Task An_endpoint_throttled_until_retries_run_out_yields_errors_never_passes()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.UserRegistrationDetails, GraphFault.Always(GraphFaultKind.Throttled));

        var collection = await harness.CollectAsync();
        var snapshot = SnapshotAssembler.Combine([collection], "Contoso", DateTimeOffset.Parse("2026-11-26T02:00:00Z"));
        var result = new Evaluator(ComplianceConfig.Default).Evaluate(snapshot, [new MfaRegisteredRule()]);

        var mfa = collection.Status.Datasets.Single(d => d.Name == Datasets.EntraMfaRegistration);
        mfa.Status.ShouldBe(CollectionState.Failed);
        mfa.Reason.ShouldNotBeNull().ShouldContain("429");
        harness.Graph.Calls(GraphEndpoints.UserRegistrationDetails).ShouldBe(3);
        result.Count(Outcome.Pass).ShouldBe(0);
        result.Count(Outcome.Fail).ShouldBe(0);
        result.Count(Outcome.Error).ShouldBeGreaterThan(0);
        result.Findings.ShouldAllBe(f => f.Outcome == Outcome.Error && f.Reason != null && f.Reason.Contains("429"));
        result.IsComplete.ShouldBeFalse();
    }

    /// <summary>A minimal MFA rule, as the rule catalogue would write it.</summary>
    private sealed class MfaRegisteredRule : FactRule<EntraUser>
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "TEST-MFA-1",
            Title = "Users are registered for MFA",
            MessageFormat = "{resource} is not registered for MFA.",
            Category = Categories.Authentication,
            Description = "Test rule.",
            RemediationSummary = "Register MFA.",
            RequiredData = [Datasets.EntraUsers, Datasets.EntraMfaRegistration],
        };

        protected override Expression<Func<EntraUser, bool>> Violation => u => u.Mfa == null || !u.Mfa.IsMfaRegistered;

        protected override IReadOnlyDictionary<string, object?> Observed(EntraUser fact) =>
            new Dictionary<string, object?> { ["isMfaRegistered"] = fact.Mfa?.IsMfaRegistered };

        protected override string RemediationFor(EntraUser fact) => "Register MFA.";
    }
}
