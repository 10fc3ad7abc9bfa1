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
        // GetAccountAuthorizationDetails, and ListMFADevices for the two hardware-token users.
        cloud.Calls("iam:").ShouldBe(8);
        cloud.Calls("iam:ListMFADevices").ShouldBe(2);
        cloud.TotalCalls.ShouldBeLessThanOrEqualTo(16);
    }
}
