using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;
using static ComplianceEngine.Collectors.Tests.Entra.EntraTestTenant;
using static ComplianceEngine.Collectors.Tests.Verdicts.Verdicts;

namespace ComplianceEngine.Collectors.Tests.Entra;

/// <summary>A user the MFA registration report leaves out is a gap in that user's data, not in everyone's.</summary>
public sealed class EntraItemGapTests
{
    private static readonly string[] Unreported = [Alice, Bob, FakeGraphTenant.SyntheticId(200)];

    private static FakeGraphTenant WithoutRegistrations(params string[] userIds)
    {
        var tenant = Create();
        tenant.Registrations.RemoveAll(r => userIds.Contains(r.UserId));
        return tenant;
    }

    [Fact]
    public async Task Users_missing_from_the_registration_report_keep_their_facts_with_an_item_gap_each()
    {
        await using var harness = await EntraHarness.StartAsync(WithoutRegistrations(Unreported));

        var (status, facts) = await harness.CollectAsync();

        var mfa = status.Datasets.Single(d => d.Name == Datasets.EntraMfaRegistration);
        mfa.Status.ShouldBe(CollectionState.Partial);
        mfa.Reason.ShouldBe("3 users missing from the registration report");
        mfa.ItemCount.ShouldBe(UserCount - 3);
        var keys = facts.EntraUsers.Where(u => Unreported.Contains(u.Id)).Select(u => DataScope.Item(u.Resource.Key)).ToList();
        keys.Count.ShouldBe(3);
        mfa.Gaps.Select(g => g.Scope).ShouldBe(keys, ignoreOrder: true);
        mfa.Gaps.ShouldAllBe(g => g.Status == CollectionState.Failed && g.Reason!.Contains("userRegistrationDetails"));
        status.Datasets.Where(d => d.Name != Datasets.EntraMfaRegistration).ShouldAllBe(d => d.Status == CollectionState.Complete && d.Gaps.Count == 0);
        status.Status.ShouldBe(CollectionState.Partial);
        facts.EntraUsers.Count.ShouldBe(UserCount);
        facts.EntraUsers.Where(u => Unreported.Contains(u.Id)).ShouldAllBe(u => u.Mfa == null && u.SignIn != null);
        facts.EntraUsers.Where(u => !Unreported.Contains(u.Id)).ShouldAllBe(u => u.Mfa != null);
        harness.Logs.Count(l => l.Contains("missing from the registration report", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_report_that_names_none_of_the_users_is_one_gap_for_the_whole_dataset()
    {
        var tenant = Create();
        tenant.Registrations.Clear();
        await using var harness = await EntraHarness.StartAsync(tenant);

        var status = (await harness.CollectAsync()).Status;

        var mfa = status.Datasets.Single(d => d.Name == Datasets.EntraMfaRegistration);
        mfa.Status.ShouldBe(CollectionState.Failed);
        mfa.Gaps.ShouldBeEmpty();
        status.GapsIn(Datasets.EntraMfaRegistration).ShouldHaveSingleItem().IsWhole.ShouldBeTrue();
    }

    [Fact]
    public async Task Only_the_unreported_users_mfa_results_become_errors()
    {
        await using var complete = await EntraHarness.StartAsync();
        await using var gapped = await EntraHarness.StartAsync(WithoutRegistrations(Unreported));

        var before = Of(await complete.CollectAsync());
        var after = Of(await gapped.CollectAsync());

        bool Unaffected(Finding f) => !Unreported.Any(id => f.Resource.Key.EndsWith(id, StringComparison.Ordinal));
        var expected = ByResource(before, Unaffected);
        expected.Values.ShouldContain(v => v.Contains(nameof(Outcome.Pass)));
        expected.Values.ShouldContain(v => v.Contains(nameof(Outcome.Fail)));
        ByResource(after, Unaffected).ShouldBe(expected, ignoreOrder: true);

        // On the unreported users themselves, rules that need MFA registration say Error, on the user, and why.
        var onThem = after.Where(f => !Unaffected(f) && f.Descriptor.RequiredData.Contains(Datasets.EntraMfaRegistration)).ToList();
        onThem.ShouldNotBeEmpty();
        onThem.ShouldAllBe(f => f.Outcome == Outcome.Error && f.Subject != null && f.Reason!.Contains("missing from the MFA registration report"));
        var others = ByResource(after, f => !Unaffected(f) && !f.Descriptor.RequiredData.Contains(Datasets.EntraMfaRegistration));
        others.ShouldBe(ByResource(before, f => !Unaffected(f) && !f.Descriptor.RequiredData.Contains(Datasets.EntraMfaRegistration)), ignoreOrder: true);
    }
}
