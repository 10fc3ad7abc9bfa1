using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>ListAccessKeys only for the users whose keys may fail a key rule; the ids land on the key slots (issue #14 item 6).</summary>
public sealed class AwsAccessKeyIdTests
{
    private static FakeAwsAccount Account()
    {
        var fake = AwsTestData.Account();
        fake.Users.Add(new FakeIamUser("dora") { AccessKeyActive = true, AccessKeyRotated = new DateTimeOffset(2022, 3, 4, 5, 6, 7, TimeSpan.Zero) });
        // A key created today is in no key rule's reach: its id is not asked for.
        fake.Users.Add(new FakeIamUser("fresh") { AccessKeyActive = true, AccessKeyRotated = DateTimeOffset.UtcNow.AddHours(-1) });
        return fake;
    }

    [Fact]
    public async Task Ids_are_listed_only_for_users_with_old_keys_and_put_on_their_slot()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        cloud.Calls("iam:ListAccessKeys").ShouldBe(2);
        var users = result.Facts.AwsIamUsers.ToDictionary(u => u.UserName);
        users["bob"].AccessKeys.Single().AccessKeyId.ShouldBe("AKIABOBXXXXXXXXXXXXX");
        users["dora"].AccessKeys.Single().AccessKeyId.ShouldBe("AKIADORAXXXXXXXXXXXX");
        users["fresh"].AccessKeys.Single().AccessKeyId.ShouldBeNull();
        var dataset = result.Status.Datasets.Single(d => d.Name == Datasets.AwsAccessKeys);
        dataset.ItemCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_listing_is_an_item_gap_on_that_user_only()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Account());
        cloud.Faults.Add("iam:ListAccessKeys@bob", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var dataset = result.Status.Datasets.Single(d => d.Name == Datasets.AwsAccessKeys);
        dataset.Status.ShouldBe(CollectionState.Partial);
        dataset.Gaps.Select(g => g.Scope).ShouldBe([AwsTestData.UserScope("bob")]);
        dataset.Gaps.Single().Reason!.ShouldContain("iam:ListAccessKeys: 403 AccessDenied");
        var users = result.Facts.AwsIamUsers.ToDictionary(u => u.UserName);
        users["bob"].AccessKeys.Single().AccessKeyId.ShouldBeNull();
        users["bob"].AccessKeys.Single().Active.ShouldBeTrue();
        users["dora"].AccessKeys.Single().AccessKeyId.ShouldBe("AKIADORAXXXXXXXXXXXX");
        // The key data the verdicts read is untouched.
        result.Status.GapIn(Datasets.AwsCredentialReport).ShouldBeNull();
    }

    [Fact]
    public async Task Ids_are_looked_up_for_at_most_a_small_constant_of_users_the_longest_overdue_first()
    {
        var fake = AwsTestData.Account();
        for (var i = 0; i < 40; i++)
            fake.Users.Add(new FakeIamUser($"old-{i:D2}") { AccessKeyActive = true, AccessKeyRotated = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i) });
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        cloud.Calls("iam:ListAccessKeys").ShouldBe(Collectors.Aws.Internal.AccessKeyIdCollection.MaxLookups);
        var users = result.Facts.AwsIamUsers.ToDictionary(u => u.UserName);
        users["old-00"].AccessKeys.Single().AccessKeyId.ShouldNotBeNull();
        users["old-39"].AccessKeys.Single().AccessKeyId.ShouldBeNull();
        result.Status.GapIn(Datasets.AwsAccessKeys).ShouldBeNull();
    }
}
