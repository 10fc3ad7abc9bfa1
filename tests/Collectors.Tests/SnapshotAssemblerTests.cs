using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Tests;

public sealed class SnapshotAssemblerTests
{
    private const string Tenant = "72f988bf-0000-4000-8000-000000000001";
    private static readonly DateTimeOffset At = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private static SourceStatus Source(string id, string provider) => new() { Id = id, Provider = provider, Scope = Tenant };

    private static EntraUser User(string id, string userType) => new()
    {
        SourceId = "entra:t", TenantId = Tenant, Id = id, UserPrincipalName = $"{id}@contoso.example", UserType = userType,
    };

    private static AzureRoleHolder Holder(string id, string type = "User") => new() { PrincipalId = id, PrincipalType = type, RoleName = "Owner" };

    [Fact]
    public void Azure_role_holders_learn_whether_they_are_guests_from_the_same_tenants_users()
    {
        var entra = new SourceCollection(Source("entra:t", "entra"), new SnapshotFacts { EntraUsers = [User("u-guest", "Guest"), User("u-member", "Member")] });
        var azure = new SourceCollection(Source("azure:t", "azure"), new SnapshotFacts
        {
            AzureSubscriptions =
            [
                new AzureSubscription
                {
                    SourceId = "azure:t", SubscriptionId = "sub-1", TenantId = Tenant,
                    PrivilegedRoleHolders = [Holder("U-GUEST"), Holder("u-member"), Holder("u-unknown"), Holder("sp-1", "ServicePrincipal")],
                },
            ],
        });

        var holders = SnapshotAssembler.Combine([azure, entra], null, At).Facts.AzureSubscriptions.Single().PrivilegedRoleHolders!;

        holders.Select(h => (h.PrincipalId, h.UserType, h.IsGuest)).ShouldBe(
            [("U-GUEST", "Guest", true), ("u-member", "Member", false), ("u-unknown", null, false), ("sp-1", null, false)]);
    }

    [Theory]
    [InlineData("complete", true)]
    [InlineData("users partial", false)]
    [InlineData("source failed", false)]
    [InlineData("other tenant", false)]
    [InlineData("no entra source", false)]
    public void Each_subscription_learns_whether_its_tenants_users_were_all_read(string entra, bool expected)
    {
        var azure = new SourceCollection(Source("azure:t", "azure"), new SnapshotFacts
        {
            AzureSubscriptions =
            [
                new AzureSubscription { SourceId = "azure:t", SubscriptionId = "sub-1", TenantId = Tenant.ToUpperInvariant(), PrivilegedRoleHolders = [Holder("u-1")] },
                new AzureSubscription { SourceId = "azure:t", SubscriptionId = "sub-2", TenantId = Tenant },
                new AzureSubscription { SourceId = "azure:t", SubscriptionId = "sub-3" },
            ],
        });
        var users = new DatasetStatus { Name = Datasets.EntraUsers, Status = entra == "users partial" ? CollectionState.Partial : CollectionState.Complete };
        var status = Source("entra:t", "entra") with
        {
            Scope = entra == "other tenant" ? "0f000000-0000-4000-8000-000000000009" : Tenant,
            Status = entra == "source failed" ? CollectionState.Failed : CollectionState.Complete,
            Datasets = [users],
        };
        SourceCollection[] collections = entra == "no entra source"
            ? [azure]
            : [azure, new SourceCollection(status, new SnapshotFacts { EntraUsers = [User("u-1", "Member")] })];

        var subscriptions = SnapshotAssembler.Combine(collections, null, At).Facts.AzureSubscriptions;

        subscriptions.Select(s => s.DirectoryUsersRead).ShouldBe([expected, expected, null]);
    }

    [Fact]
    public void Sources_and_facts_come_out_in_a_stable_order_whatever_order_collectors_finish_in()
    {
        var a = new SourceCollection(Source("entra:a", "entra"), new SnapshotFacts { EntraUsers = [User("b", "Member"), User("a", "Member")] });
        var b = new SourceCollection(Source("aws:b", "aws"), new SnapshotFacts());

        var first = SnapshotAssembler.Combine([a, b], null, At);
        var second = SnapshotAssembler.Combine([b, a], null, At);

        first.Sources.Select(s => s.Id).ShouldBe(["aws:b", "entra:a"]);
        first.Facts.EntraUsers.Select(u => u.Id).ShouldBe(["a", "b"]);
        SnapshotSerializer.ToUtf8Bytes(second).ShouldBe(SnapshotSerializer.ToUtf8Bytes(first));
    }
}
