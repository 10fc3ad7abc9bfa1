using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>IAM is read in a constant number of calls plus pages, not per user (issue #14: 97 requests for 25 users before).</summary>
public sealed class AwsRequestCountTests
{
    [Fact]
    public async Task Twenty_five_users_take_a_handful_of_iam_requests()
    {
        var fake = AwsTestData.ManyUsers(users: 25, pageSize: 100);
        // Five of the users with MFA hold a hardware token: only they are asked for their devices.
        fake.Users.Clear();
        fake.Users.AddRange(Enumerable.Range(1, 25).Select(i => new FakeIamUser($"user{i:D2}")
        {
            PasswordEnabled = true, MfaActive = i % 2 == 0, Groups = ["staff"],
            MfaSerials = i % 2 != 0 ? [] : i % 5 == 0 ? [$"GAHT{i:D8}"] : [$"arn:aws:iam::123456789012:mfa/user{i:D2}"],
        }));
        fake.GroupPolicies["staff"] = [AwsTestData.ReadOnlyPolicy];
        fake.Roles.Add(new FakeRole("deploy", AwsTestData.TrustAccount("123456789012")) { Policies = [AwsTestData.AdminPolicy] });
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        result.Facts.AwsIamUsers.Count.ShouldBe(25);
        result.Facts.AwsIamUsers.Count(u => u.HardwareMfa == true).ShouldBe(2);
        // GenerateCredentialReport, GetCredentialReport, GetAccountSummary, GetAccountPasswordPolicy, ListVirtualMFADevices,
        // GetAccountAuthorizationDetails, ListAccountAliases, and ListMFADevices for the two hardware-token users.
        cloud.Calls("iam:").ShouldBe(9);
        cloud.Calls("iam:ListMFADevices").ShouldBe(2);
        // Beyond IAM, one call each in the one region: GetCallerIdentity, ListBuckets, DescribeRegions, DescribeInstances,
        // DescribeSnapshots, ListTables, ListFunctions, DescribeFileSystems, DescribeDBInstances, DescribeDBSnapshots.
        cloud.TotalCalls.ShouldBeLessThanOrEqualTo(19);
    }
}

/// <summary>The one-pass facts equal what the account holds, whatever the page size cuts across users, groups, roles and policies.</summary>
public sealed class AwsOnePassFactsTests
{
    [Theory]
    [InlineData(1000)]
    [InlineData(7)]
    public async Task User_facts_match_the_account_at_any_page_size(int pageSize)
    {
        var fake = new FakeAwsAccount
        {
            PageSize = pageSize,
            Users =
            [
                .. Enumerable.Range(0, 60).Select(i => new FakeIamUser($"u{i:D2}")
                {
                    PasswordEnabled = i % 2 == 0, MfaActive = i % 3 == 0, Groups = i % 4 == 0 ? ["ops", "read"] : ["read"],
                    MfaSerials = i % 3 != 0 ? [] : i % 9 == 0 ? [$"GAHT{i:D8}"] : [$"arn:aws:iam::123456789012:mfa/u{i:D2}"],
                    Policies = i % 10 == 0 ? [AwsTestData.AdminPolicy] : [],
                }),
            ],
            GroupPolicies = new(StringComparer.Ordinal) { ["ops"] = [AwsTestData.AdminPolicy, AwsTestData.ReadOnlyPolicy], ["read"] = [AwsTestData.ReadOnlyPolicy] },
            Roles = [.. Enumerable.Range(0, 9).Select(i => new FakeRole($"r{i}", AwsTestData.TrustAccount(i % 2 == 0 ? "123456789012" : "999988887777")))],
            CustomerPolicies = [new FakePolicy("p1", """{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""")],
            Regions = [new FakeRegion("eu-west-1")],
        };
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        var users = result.Facts.AwsIamUsers.ToDictionary(u => u.UserName);
        foreach (var expected in fake.Users)
        {
            var user = users[expected.Name];
            user.AttachedPolicyArns.ShouldBe(expected.Policies, expected.Name);
            user.GroupPolicyArns.ShouldBe(expected.Groups.SelectMany(g => fake.GroupPolicies[g]).Distinct().Order(StringComparer.Ordinal).ToList(), expected.Name);
            user.HardwareMfa.ShouldBe(expected.MfaSerials.Any(s => !s.StartsWith("arn:", StringComparison.Ordinal)), expected.Name);
            user.AdministratorPolicies.ShouldBe(expected.Policies, expected.Name);
            user.GroupAdministratorPolicies.ShouldBe(expected.Groups.Contains("ops") ? [AwsTestData.AdminPolicy] : [], expected.Name);
        }
        result.Facts.AwsIamRoles.Count.ShouldBe(9);
        result.Facts.AwsIamRoles.Count(r => r.UnconditionedExternalAccounts.Count > 0).ShouldBe(4);
        result.Facts.AwsIamPolicies.Single().AllowsFullAccess.ShouldBe(true);
        cloud.Calls("iam:GetAccountAuthorizationDetails").ShouldBe((int)Math.Ceiling((60 + 2 + 9 + 3) / (double)pageSize));
    }
}
