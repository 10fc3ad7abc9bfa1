using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>IAM Identity Center: users, groups, memberships and the assignments of administrator permission sets (issue 16).</summary>
public sealed class AwsIdentityCenterTests
{
    private const string Admin = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    private const string ReadOnly = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\",\"Resource\":\"*\"}]}";
    private const string EntraId = "0f3c2a1e-1111-4a4a-9b9b-123456789abc";

    private static FakeAwsAccount Account(int pageSize = 2)
    {
        var fake = AwsTestData.Account();
        fake.IdentityCenter = new FakeIdentityCenter
        {
            PageSize = pageSize,
            PermissionSets =
            [
                new FakePermissionSet("AdministratorAccess") { ManagedPolicies = ["arn:aws:iam::aws:policy/AdministratorAccess"] },
                new FakePermissionSet("BreakGlass") { InlinePolicy = Admin },
                new FakePermissionSet("ReadOnly") { ManagedPolicies = ["arn:aws:iam::aws:policy/ReadOnlyAccess"], InlinePolicy = ReadOnly },
            ],
            Users =
            [
                new FakeCenterUser("u-1", "alice@contoso.com") { ExternalId = EntraId, Emails = ["alice@contoso.com"], DisplayName = "Alice" },
                new FakeCenterUser("u-2", "bob@contoso.com") { Emails = ["bob@contoso.com"] },
                new FakeCenterUser("u-3", "carol@contoso.com"),
                new FakeCenterUser("u-4", "dave@contoso.com"),
                new FakeCenterUser("u-5", "erin@contoso.com"),
            ],
            Groups = [new FakeCenterGroup("g-1", "Platform admins") { Members = ["u-2", "u-3", "u-4"] }, new FakeCenterGroup("g-2", "Readers") { Members = ["u-5"] }],
            Assignments =
            [
                ("123456789012", "AdministratorAccess", "USER", "u-1"),
                ("222222222222", "AdministratorAccess", "USER", "u-1"),
                ("222222222222", "BreakGlass", "GROUP", "g-1"),
                ("123456789012", "ReadOnly", "GROUP", "g-2"),
            ],
        };
        return fake;
    }

    private static Collectors.Aws.AwsSourceOptions Options(AwsFakeCloud cloud) => AwsTestData.Options(cloud) with { IdentityCenterRegion = "eu-central-1" };

    [Fact]
    public async Task Users_with_their_direct_and_group_administrator_assignments_are_read_page_by_page()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());

        var result = await AwsTestData.Collector(Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        var users = result.Facts.AwsIdentityCenterUsers.ToDictionary(u => u.UserName);
        users.Count.ShouldBe(5);
        var alice = users["alice@contoso.com"];
        alice.ExternalIds.Single().Id.ShouldBe(EntraId);
        alice.Emails.ShouldBe(["alice@contoso.com"]);
        alice.DisplayName.ShouldBe("Alice");
        alice.AdministratorAssignments!.Select(a => (a.AccountId, a.PermissionSetName, a.HeldThrough))
            .ShouldBe([("123456789012", "AdministratorAccess", "direct"), ("222222222222", "AdministratorAccess", "direct")]);
        users["bob@contoso.com"].AdministratorAssignments!.Single().ShouldSatisfyAllConditions(
            a => a.PermissionSetName.ShouldBe("BreakGlass"), a => a.GroupName.ShouldBe("Platform admins"), a => a.AccountId.ShouldBe("222222222222"));
        users["erin@contoso.com"].AdministratorAssignments.ShouldBeEmpty(); // ReadOnly is not administration
        result.Facts.AwsAccounts.Single().IdentityCenterInstances.ShouldBe(["arn:aws:sso:::instance/ssoins-7223a1b2c3d4e5f6"]);
        result.Status.Datasets.Single(d => d.Name == Datasets.AwsIdentityCenter).ShouldSatisfyAllConditions(
            d => d.Status.ShouldBe(CollectionState.Complete), d => d.ItemCount.ShouldBe(5), d => d.Reason.ShouldBeNull());
        // 5 users at 2 a page; 3 permission sets at 2 a page; the group with an administrator grant (3 members) at 2 a page.
        cloud.Calls("identitystore:ListUsers").ShouldBe(3);
        cloud.Calls("sso:ListPermissionSets").ShouldBe(2);
        cloud.Calls("identitystore:ListGroupMemberships").ShouldBe(2);
        cloud.Calls("sso:DescribePermissionSet").ShouldBe(3);
        cloud.Calls("sso:ListAccountsForProvisionedPermissionSet").ShouldBe(2); // only the administrator sets
        cloud.Calls("sso:ListAccountAssignments").ShouldBe(3);
        cloud.SignatureFailures.ShouldBe(0);
    }

    [Fact]
    public async Task Without_a_region_Identity_Center_is_not_read_and_its_datasets_say_so()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        cloud.Calls("sso:").ShouldBe(0);
        cloud.Calls("identitystore:").ShouldBe(0);
        result.Facts.AwsIdentityCenterUsers.ShouldBeEmpty();
        result.Facts.AwsAccounts.Single().IdentityCenterInstances.ShouldBeNull();
        result.Status.Datasets.Where(d => d.Name.StartsWith("aws.identityCenter", StringComparison.Ordinal))
            .ShouldAllBe(d => d.Status == CollectionState.Complete && d.Reason == Datasets.IdentityCenterNotConfigured);
    }

    [Fact]
    public async Task A_refused_instance_listing_fails_both_datasets_and_leaves_the_rest_complete()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("sso:ListInstances", AwsFault.Deny);

        var result = await AwsTestData.Collector(Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Partial);
        foreach (var name in new[] { Datasets.AwsIdentityCenter, Datasets.AwsIdentityCenterAssignments })
        {
            var dataset = result.Status.Datasets.Single(d => d.Name == name);
            dataset.Status.ShouldBe(CollectionState.Failed);
            dataset.Reason!.ShouldContain("AccessDeniedException");
        }
        result.Status.Datasets.Where(d => !d.Name.StartsWith("aws.identityCenter", StringComparison.Ordinal)).ShouldAllBe(d => d.Status == CollectionState.Complete);
        result.Facts.AwsAccounts.Single().IdentityCenterInstances.ShouldBeNull();
        result.Facts.AwsIamUsers.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_refused_user_listing_fails_the_users_only()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("identitystore:ListUsers", AwsFault.Deny);

        var result = await AwsTestData.Collector(Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Datasets.Single(d => d.Name == Datasets.AwsIdentityCenter).Status.ShouldBe(CollectionState.Failed);
        result.Status.Datasets.Single(d => d.Name == Datasets.AwsIdentityCenterAssignments).Status.ShouldBe(CollectionState.Complete);
        result.Facts.AwsIdentityCenterUsers.ShouldBeEmpty();
        result.Facts.AwsAccounts.Single().IdentityCenterInstances.ShouldBeNull();
    }

    [Fact]
    public async Task A_permission_set_that_cannot_be_read_is_a_gap_in_the_instance_and_the_others_are_kept()
    {
        var fake = Account();
        await using var cloud = await AwsFakeCloud.StartAsync(fake);
        cloud.Faults.Add($"sso:ListManagedPoliciesInPermissionSet@{fake.IdentityCenter!.PermissionSetArn("BreakGlass")}", AwsFault.Deny);

        var result = await AwsTestData.Collector(Options(cloud)).CollectAsync(CancellationToken.None);

        var assignments = result.Status.Datasets.Single(d => d.Name == Datasets.AwsIdentityCenterAssignments);
        assignments.Status.ShouldBe(CollectionState.Partial);
        var instanceScope = AwsIdentityCenterUser.InstanceScope("123456789012", fake.IdentityCenter.InstanceArn);
        assignments.Gaps.Single().Scope.ShouldBe(instanceScope);
        assignments.Gaps.Single().Reason!.ShouldContain(fake.IdentityCenter.PermissionSetArn("BreakGlass"));
        var users = result.Facts.AwsIdentityCenterUsers.ToDictionary(u => u.UserName);
        users["alice@contoso.com"].AdministratorAssignments!.Count.ShouldBe(2);
        users["alice@contoso.com"].DataScopes.ShouldContain(instanceScope);
        result.Status.Datasets.Single(d => d.Name == Datasets.AwsIdentityCenter).Status.ShouldBe(CollectionState.Complete);
    }

    [Fact]
    public async Task A_group_whose_members_cannot_be_read_is_a_gap_in_the_instance()
    {
        var fake = Account();
        await using var cloud = await AwsFakeCloud.StartAsync(fake);
        cloud.Faults.Add("identitystore:ListGroupMemberships@g-1", AwsFault.Deny);

        var result = await AwsTestData.Collector(Options(cloud)).CollectAsync(CancellationToken.None);

        var center = result.Status.Datasets.Single(d => d.Name == Datasets.AwsIdentityCenter);
        center.Status.ShouldBe(CollectionState.Partial);
        center.Gaps.Single().Reason!.ShouldContain("Platform admins");
        result.Facts.AwsIdentityCenterUsers.Count.ShouldBe(5);
        result.Facts.AwsIdentityCenterUsers.Single(u => u.UserName == "bob@contoso.com").AdministratorAssignments.ShouldBeEmpty();
    }

    [Fact]
    public async Task Throttled_calls_are_retried()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("sso:ListAccountAssignments", AwsFault.Throttle, times: 2);
        cloud.Faults.Add("identitystore:ListUsers", AwsFault.ServerError, times: 1);

        var result = await AwsTestData.Collector(Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        result.Facts.AwsIdentityCenterUsers.Single(u => u.UserName == "alice@contoso.com").AdministratorAssignments!.Count.ShouldBe(2);
    }
}
