using System.Diagnostics;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;
using static ComplianceEngine.Collectors.Tests.Entra.EntraTestTenant;

namespace ComplianceEngine.Collectors.Tests.Entra;

public sealed class EntraFaultTests
{
    [Fact]
    public async Task A_throttled_page_is_retried_after_the_retry_after_delay()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.Users, new GraphFault(GraphFaultKind.Throttled) { AtOffset = 120, RetryAfterSeconds = 1 });
        var clock = Stopwatch.StartNew();

        var (status, facts) = await harness.CollectAsync();

        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
        status.Status.ShouldBe(CollectionState.Complete);
        facts.EntraUsers.Count.ShouldBe(UserCount);
        harness.Graph.Calls(GraphEndpoints.Users).ShouldBe(4);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_by_the_sdk()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.UserRegistrationDetails, new GraphFault(GraphFaultKind.Unavailable) { Times = 2 });

        var (status, facts) = await harness.CollectAsync();

        status.Status.ShouldBe(CollectionState.Complete);
        facts.EntraUsers.Count(u => u.Mfa is not null).ShouldBe(UserCount);
        harness.Graph.Calls(GraphEndpoints.UserRegistrationDetails).ShouldBe(3 + 2);
    }

    [Fact]
    public async Task Retries_running_out_mid_chain_leave_the_dataset_partial_with_the_reason()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.Users, GraphFault.Always(GraphFaultKind.Throttled) with { AtOffset = 240 });

        var (status, facts) = await harness.CollectAsync();

        status.Status.ShouldBe(CollectionState.Partial);
        var users = status.Datasets.Single(d => d.Name == Datasets.EntraUsers);
        users.Status.ShouldBe(CollectionState.Partial);
        users.ItemCount.ShouldBe(240);
        users.Reason.ShouldNotBeNull().ShouldContain("429 Too Many Requests");
        users.Reason.ShouldContain("retries ran out");
        status.GapIn(Datasets.EntraUsers).ShouldNotBeNull();
        status.GapIn(Datasets.EntraSignInActivity).ShouldNotBeNull();
        status.Reason.ShouldNotBeNull().ShouldContain(Datasets.EntraUsers);
        facts.EntraUsers.Count.ShouldBe(240);
        harness.Graph.Calls(GraphEndpoints.Users).ShouldBe(2 + 3);
    }

    [Fact]
    public async Task Forbidden_sign_in_activity_is_one_gap_and_users_are_still_collected()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.SignInActivityForbidden = true;

        var (status, facts) = await harness.CollectAsync();

        status.Status.ShouldBe(CollectionState.Partial);
        status.Datasets.Single(d => d.Name == Datasets.EntraUsers).Status.ShouldBe(CollectionState.Complete);
        var signIn = status.Datasets.Single(d => d.Name == Datasets.EntraSignInActivity);
        signIn.Status.ShouldBe(CollectionState.Failed);
        signIn.Reason.ShouldNotBeNull().ShouldContain("403 Forbidden");
        signIn.Reason.ShouldContain("AuditLog.Read.All");
        status.Datasets.Count(d => d.Status != CollectionState.Complete).ShouldBe(1);
        facts.EntraUsers.Count.ShouldBe(UserCount);
        facts.EntraUsers.ShouldAllBe(u => u.SignIn == null && u.AccountEnabled != null);
        harness.Graph.Calls(GraphEndpoints.Users).ShouldBe(1 + 1);
        harness.Logs.Count(l => l.Contains("403 Forbidden", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Missing_pim_licence_marks_pim_failed_and_keeps_active_roles()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.RoleEligibilitySchedules, GraphFault.Always(GraphFaultKind.LicenceRequired));
        harness.Graph.Inject(GraphEndpoints.RoleAssignmentSchedules, GraphFault.Always(GraphFaultKind.LicenceRequired));
        harness.Graph.Inject(GraphEndpoints.RoleManagementPolicyAssignments, GraphFault.Always(GraphFaultKind.LicenceRequired));

        var (status, facts) = await harness.CollectAsync();

        var pim = status.Datasets.Single(d => d.Name == Datasets.EntraPim);
        pim.Status.ShouldBe(CollectionState.Failed);
        pim.Reason.ShouldNotBeNull().ShouldContain("AadPremiumLicenseRequired");
        pim.Reason.ShouldContain("P2");
        status.Datasets.Single(d => d.Name == Datasets.EntraDirectoryRoles).Status.ShouldBe(CollectionState.Complete);
        facts.EntraTenants.Single().PimAvailable.ShouldBe(false);
        facts.EntraTenants.Single().GlobalAdminActivationRequiresApproval.ShouldBeNull();
        var alice = facts.EntraUsers.Single(u => u.Id == Alice);
        alice.Roles.Count.ShouldBe(2);
        alice.Roles.ShouldAllBe(r => r.ManagedByPim == null);
        facts.EntraUsers.Single(u => u.Id == Bob).Roles.ShouldNotContain(r => r.IsEligible);
    }

    [Theory]
    [InlineData(GraphFaultKind.Truncated)]
    [InlineData(GraphFaultKind.TruncatedJson)]
    public async Task A_truncated_body_is_asked_for_again_once(GraphFaultKind truncation)
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.Users, new GraphFault(truncation) { AtOffset = 120 });

        var (status, facts) = await harness.CollectAsync();

        status.Status.ShouldBe(CollectionState.Complete);
        facts.EntraUsers.Count.ShouldBe(UserCount);
        harness.Graph.Calls(GraphEndpoints.Users).ShouldBe(4);
    }

    [Fact]
    public async Task A_body_truncated_every_time_fails_its_dataset()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.ConditionalAccessPolicies, GraphFault.Always(GraphFaultKind.Truncated));

        var (status, facts) = await harness.CollectAsync();

        var ca = status.Datasets.Single(d => d.Name == Datasets.EntraConditionalAccess);
        ca.Status.ShouldBe(CollectionState.Failed);
        ca.Reason.ShouldNotBeNull().ShouldContain("truncated");
        facts.EntraTenants.Single().ConditionalAccessPolicies.ShouldBeNull();
        harness.Graph.Calls(GraphEndpoints.ConditionalAccessPolicies).ShouldBe(2);
    }

    [Fact]
    public async Task A_failing_group_expansion_makes_directory_roles_partial()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(GraphEndpoints.TransitiveMembers, new GraphFault(GraphFaultKind.Forbidden));

        var status = (await harness.CollectAsync()).Status;

        var roles = status.Datasets.Single(d => d.Name == Datasets.EntraDirectoryRoles);
        roles.Status.ShouldBe(CollectionState.Partial);
        roles.Reason.ShouldNotBeNull().ShouldContain("GroupMember.Read.All");
    }

    [Fact]
    public async Task An_unreachable_endpoint_fails_the_source_with_the_connection_error()
    {
        var harness = await EntraHarness.StartAsync();
        var collector = harness.Collector();
        await harness.DisposeAsync();

        var (status, facts) = await collector.CollectAsync(CancellationToken.None);

        status.Status.ShouldBe(CollectionState.Failed);
        status.Datasets.ShouldAllBe(d => d.Status == CollectionState.Failed && d.Reason!.Contains("connection failed"));
        facts.EntraUsers.ShouldBeEmpty();
    }
}
