using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>Credential-report rows that cannot be used are gaps on their own user (or the account), not on the whole report.</summary>
public sealed class AwsCredentialReportGapTests
{
    [Fact]
    public async Task A_malformed_row_keeps_its_user_with_a_gap_on_that_user_only()
    {
        var fake = AwsTestData.Account();
        fake.Users.Add(new FakeIamUser("trent") { InCredentialReport = false, Policies = [AwsTestData.AdminPolicy] });
        fake.ExtraReportLines.Add(AwsTestData.ReportRow("trent", mfa: "maybe"));
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var report = result.Status.Datasets.Single(d => d.Name == Datasets.AwsCredentialReport);
        report.Status.ShouldBe(CollectionState.Partial);
        report.ItemCount.ShouldBe(4);
        report.Reason.ShouldBe("1 of 5 rows not usable (first: line 6: mfa_active is not true/false); see gaps");
        report.Gaps.ShouldBe([new ScopeGap { Scope = AwsTestData.UserScope("trent"), Status = CollectionState.Failed, Reason = "line 6: mfa_active is not true/false" }]);
        var trent = result.Facts.AwsIamUsers.Single(u => u.UserName == "trent");
        DataScope.Item(trent.Resource.Key).ShouldBe(report.Gaps[0].Scope);
        trent.AttachedPolicyArns.ShouldBe([AwsTestData.AdminPolicy]);
        result.Facts.AwsIamUsers.Select(u => u.UserName).ShouldBe(["alice", "bob", "carol", "trent"]);
        result.Status.Status.ShouldBe(CollectionState.Partial);
        result.Status.Reason.ShouldBe($"{Datasets.AwsCredentialReport}: {report.Reason}");
    }

    [Fact]
    public async Task A_malformed_row_of_an_unlisted_user_gives_a_name_only_user_keyed_by_name()
    {
        var fake = AwsTestData.Account();
        fake.ExtraReportLines.Add("mallory,arn:aws:iam::123456789012:user/mallory,2023-01-10");
        await using var cloud = await AwsFakeCloud.StartAsync(fake);
        cloud.Faults.Add("iam:GetAccountAuthorizationDetails", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var report = result.Status.Datasets.Single(d => d.Name == Datasets.AwsCredentialReport);
        report.Gaps.Select(g => (g.Scope, g.Status, g.Reason)).ShouldBe(
            [("item:aws/123456789012/iam-user/mallory", CollectionState.Failed, "line 6: expected 22 columns, got 3")]);
        var mallory = result.Facts.AwsIamUsers.Single(u => u.UserName == "mallory");
        mallory.Arn.ShouldBeNull();
        DataScope.Item(mallory.Resource.Key).ShouldBe(report.Gaps[0].Scope);
    }

    [Fact]
    public async Task A_malformed_row_of_a_user_deleted_since_is_dropped_like_its_good_row()
    {
        var fake = AwsTestData.Account();
        fake.ExtraReportLines.Add("mallory,arn:aws:iam::123456789012:user/mallory,2023-01-10");
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.GapsIn(Datasets.AwsCredentialReport).ShouldBeEmpty();
        result.Facts.AwsIamUsers.Select(u => u.UserName).ShouldBe(["alice", "bob", "carol"]);
    }

    [Fact]
    public async Task A_malformed_root_row_is_a_gap_on_the_account()
    {
        var fake = AwsTestData.Account();
        fake = new FakeAwsAccount
        {
            Users = fake.Users, GroupPolicies = fake.GroupPolicies,
            Root = new FakeRoot { ReportLine = "<root_account>,arn:aws:iam::123456789012:root,2019-01-01T00:00:00+00:00,not_supported" },
        };
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var report = result.Status.Datasets.Single(d => d.Name == Datasets.AwsCredentialReport);
        report.Status.ShouldBe(CollectionState.Partial);
        report.Gaps.Select(g => (g.Scope, g.Status, g.Reason)).ShouldBe(
            [("item:aws/123456789012/account/123456789012", CollectionState.Failed, "line 2: expected 22 columns, got 4")]);
        var account = result.Facts.AwsAccounts.Single();
        DataScope.Item(account.Resource.Key).ShouldBe(report.Gaps[0].Scope);
        account.RootMfaEnabled.ShouldBe(true);
        account.RootPasswordLastUsed.ShouldBeNull();
        result.Facts.AwsIamUsers.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_row_without_a_readable_user_name_leaves_the_whole_report_partial()
    {
        var fake = AwsTestData.Account();
        fake.Users.Add(new FakeIamUser("trent") { InCredentialReport = false });
        fake.ExtraReportLines.AddRange([AwsTestData.ReportRow("trent", mfa: "maybe"), AwsTestData.ReportRow(" ")]);
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var report = result.Status.Datasets.Single(d => d.Name == Datasets.AwsCredentialReport);
        report.Status.ShouldBe(CollectionState.Partial);
        report.Gaps.ShouldBeEmpty();
        report.Reason.ShouldBe("2 of 6 rows not usable (first: line 6: mfa_active is not true/false); a row without a readable user name cannot be tied to one user");
        result.Status.GapsIn(Datasets.AwsCredentialReport).Single().IsWhole.ShouldBeTrue();
        result.Facts.AwsIamUsers.Select(u => u.UserName).ShouldBe(["alice", "bob", "carol", "trent"]);
    }

    [Fact]
    public async Task Users_newer_than_the_report_are_gaps_on_those_users_and_deleted_ones_are_dropped()
    {
        var fake = AwsTestData.Account();
        fake.Users.Add(new FakeIamUser("dave") { PasswordEnabled = true, InCredentialReport = false });
        fake.Users.Add(new FakeIamUser("erin") { Listed = false });
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var report = result.Status.Datasets.Single(d => d.Name == Datasets.AwsCredentialReport);
        report.Status.ShouldBe(CollectionState.Partial);
        report.Reason.ShouldBe("1 user(s) from the IAM user listing not in the report yet (first: dave); see gaps");
        report.Gaps.Select(g => (g.Scope, g.Status)).ShouldBe([(AwsTestData.UserScope("dave"), CollectionState.Failed)]);
        result.Status.GapIn(Datasets.AwsCredentialReport).ShouldBe(
            $"{Datasets.AwsCredentialReport} from {result.Status.Id} is failed for aws/123456789012/iam-user/arn:aws:iam::123456789012:user/dave: "
            + "not in the credential report yet (it can be up to four hours old)");
        result.Facts.AwsIamUsers.Select(u => u.UserName).ShouldBe(["alice", "bob", "carol", "dave"]);
    }
}
