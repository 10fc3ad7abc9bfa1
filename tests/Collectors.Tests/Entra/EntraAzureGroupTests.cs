using ComplianceEngine.Collectors.Tests.Azure;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;
using static ComplianceEngine.Collectors.Tests.Entra.EntraTestTenant;

namespace ComplianceEngine.Collectors.Tests.Entra;

/// <summary>
/// <c>entra.groupMembers</c>: the members of the groups holding Azure role assignments, whose ids the orchestration
/// hands over once Azure is read. Each group is read to its last page; a group refused is an item gap, the rest stays complete.
/// </summary>
public sealed class EntraAzureGroupTests
{
    private const string OpsGroup = "90000000-0000-4000-8000-0000000000c1";
    private const string SecretGroup = "90000000-0000-4000-8000-0000000000c2";

    private static Task<SourceCollection> CollectAsync(EntraHarness harness, params string[] groupIds) =>
        harness.Collector().WithAzureRoleGroups(_ => Task.FromResult<IReadOnlyCollection<string>>(groupIds)).CollectAsync(CancellationToken.None);

    [Fact]
    public async Task Members_of_each_group_are_read_to_the_last_page_with_the_groups_name()
    {
        var tenant = Create();
        var ops = new FakeGroup(OpsGroup, "Ops <admins>");
        ops.MemberIds.AddRange(tenant.Users.Take(1500).Select(u => u.Id));
        tenant.Groups[ops.Id] = ops;
        await using var harness = await EntraHarness.StartAsync(tenant);

        var (status, facts) = await CollectAsync(harness, OpsGroup, AdminGroup, OpsGroup.ToUpperInvariant());

        facts.EntraGroups.Count.ShouldBe(2);
        var read = facts.EntraGroups.Single(g => g.Id == OpsGroup);
        read.DisplayName.ShouldBe("Ops <admins>");
        read.TenantId.ShouldBe(tenant.TenantId);
        read.MemberIds.ShouldNotBeNull().Count.ShouldBe(Math.Min(1500, tenant.Users.Count));
        facts.EntraGroups.Single(g => g.Id == AdminGroup).MemberIds.ShouldBe([Alice, Bob], ignoreOrder: true);
        var dataset = status.Datasets.Single(d => d.Name == Datasets.EntraGroupMembers);
        dataset.Status.ShouldBe(CollectionState.Complete);
        dataset.ItemCount.ShouldBe(2);
        harness.Graph.Server.Requests.ShouldContain(r => r.PathAndQuery.Contains($"groups/{OpsGroup}/transitiveMembers"));
    }

    [Fact]
    public async Task Transitive_members_are_paged_with_next_links()
    {
        var tenant = Create();
        for (var i = tenant.Users.Count; i < 2100; i++)
            tenant.AddUser(FakeGraphTenant.SyntheticId(i));
        var ops = new FakeGroup(OpsGroup, "Ops");
        ops.MemberIds.AddRange(tenant.Users.Select(u => u.Id));
        tenant.Groups[ops.Id] = ops;
        await using var harness = await EntraHarness.StartAsync(tenant);

        var facts = (await CollectAsync(harness, OpsGroup)).Facts;

        facts.EntraGroups.Single().MemberIds!.Count.ShouldBe(2100);
        harness.Graph.Server.Requests.Count(r => r.PathAndQuery.Contains($"groups/{OpsGroup}/transitiveMembers")).ShouldBe(3);
    }

    [Fact]
    public async Task A_group_refused_is_an_item_gap_and_the_other_groups_stay_complete()
    {
        var tenant = Create();
        tenant.Groups[SecretGroup] = new FakeGroup(SecretGroup, "Secret") { MembersForbidden = true };
        await using var harness = await EntraHarness.StartAsync(tenant);

        var (status, facts) = await CollectAsync(harness, AdminGroup, SecretGroup);

        var refused = facts.EntraGroups.Single(g => g.Id == SecretGroup);
        refused.MemberIds.ShouldBeNull();
        facts.EntraGroups.Single(g => g.Id == AdminGroup).MemberIds.ShouldNotBeNull();
        var dataset = status.Datasets.Single(d => d.Name == Datasets.EntraGroupMembers);
        dataset.Status.ShouldBe(CollectionState.Partial);
        var gap = dataset.Gaps.ShouldHaveSingleItem();
        gap.Scope.ShouldBe(DataScope.Item(refused.Resource.Key));
        gap.Reason!.ShouldContain("403");
        gap.Reason!.ShouldContain("GroupMember.Read.All");
        status.Datasets.Where(d => d.Name != Datasets.EntraGroupMembers).ShouldAllBe(d => d.Status == CollectionState.Complete);
    }

    [Fact]
    public async Task A_deleted_group_is_an_item_gap_too()
    {
        await using var harness = await EntraHarness.StartAsync();

        var (status, facts) = await CollectAsync(harness, "90000000-0000-4000-8000-0000000000ff");

        facts.EntraGroups.Single().MemberIds.ShouldBeNull();
        status.Datasets.Single(d => d.Name == Datasets.EntraGroupMembers).Gaps.ShouldHaveSingleItem().Reason!.ShouldContain("404");
    }

    [Fact]
    public async Task Without_groups_handed_over_the_dataset_is_not_collected()
    {
        await using var harness = await EntraHarness.StartAsync();

        var (status, facts) = await harness.CollectAsync();

        status.Datasets.ShouldNotContain(d => d.Name == Datasets.EntraGroupMembers);
        facts.EntraGroups.ShouldBeEmpty();
        harness.Graph.Calls(GraphEndpoints.Group).ShouldBe(0);
    }

    [Fact]
    public async Task When_the_groups_cannot_be_determined_the_dataset_fails_and_the_rest_of_the_tenant_stands()
    {
        await using var harness = await EntraHarness.StartAsync();

        var (status, facts) = await harness.Collector()
            .WithAzureRoleGroups(_ => Task.FromException<IReadOnlyCollection<string>>(new InvalidOperationException("Azure collection crashed")))
            .CollectAsync(CancellationToken.None);

        var dataset = status.Datasets.Single(d => d.Name == Datasets.EntraGroupMembers);
        dataset.Status.ShouldBe(CollectionState.Failed);
        dataset.Reason!.ShouldContain("Azure collection crashed");
        facts.EntraUsers.Count.ShouldBe(UserCount);
        status.Datasets.Where(d => d.Name != Datasets.EntraGroupMembers).ShouldAllBe(d => d.Status == CollectionState.Complete);
    }

    [Fact]
    public async Task A_scan_hands_the_group_principals_of_azure_role_assignments_to_the_entra_source_of_their_tenant()
    {
        var tenant = new FakeGraphTenant { TenantId = ArmScenario.TenantId };
        tenant.AddUser(Alice);
        tenant.Users.Add(new FakeUser(Dave, "dave@contoso.example") { AccountEnabled = false });
        var ops = new FakeGroup(OpsGroup, "Ops");
        ops.MemberIds.AddRange([Alice, Dave]);
        tenant.Groups[ops.Id] = ops;
        await using var entra = await EntraHarness.StartAsync(tenant);
        var data = ArmScenario.Tenant(1);
        data.Subscriptions[0].AssignRole(ArmScenario.Contributor, OpsGroup, "Group");
        await using var arm = await ArmHarness.StartAsync(data);
        var log = entra.Logger();

        var snapshot = await SnapshotAssembler.CollectAsync(
            [(ISourceCollector)entra.Collector(), new ComplianceEngine.Collectors.Azure.AzureCollector(arm.Options(), log, new StaticTokenCredential(ArmHarness.Token))],
            "Contoso", TimeProvider.System, CancellationToken.None);

        var group = snapshot.Facts.EntraGroups.ShouldHaveSingleItem();
        group.Id.ShouldBe(OpsGroup);
        group.MemberIds.ShouldBe([Alice, Dave], ignoreOrder: true);
        snapshot.Sources.Single(s => s.Provider == "entra").GapsIn(Datasets.EntraGroupMembers).ShouldBeEmpty();
    }
}
