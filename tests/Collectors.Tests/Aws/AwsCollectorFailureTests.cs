using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

public sealed class AwsCollectorFailureTests
{
    [Fact]
    public async Task Throttled_calls_are_retried_and_the_data_stays_complete()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        cloud.Faults.Add("iam:GetAccountAuthorizationDetails", AwsFault.Throttle, times: 2).Add("ec2:DescribeRegions", AwsFault.Throttle, times: 1)
            .Add("s3:ListBuckets", AwsFault.ServerError, times: 1).Add("iam:GetAccountSummary", AwsFault.Truncate, times: 1)
            .Add("iam:GetAccountPasswordPolicy", AwsFault.TooManyRequests, times: 2);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        result.Facts.AwsIamUsers.Count.ShouldBe(3);
        cloud.Calls("iam:GetAccountAuthorizationDetails").ShouldBe(3);
        cloud.Calls("ec2:DescribeRegions").ShouldBe(2);
        cloud.Calls("s3:ListBuckets").ShouldBe(2);
        cloud.Calls("iam:GetAccountSummary").ShouldBe(2);
        cloud.Calls("iam:GetAccountPasswordPolicy").ShouldBe(3);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_makes_the_dataset_failed_with_the_reason()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        cloud.Faults.Add("iam:GetAccountAuthorizationDetails", AwsFault.Throttle);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var policies = result.Status.Datasets.Single(d => d.Name == Datasets.AwsUserPolicies);
        policies.Status.ShouldBe(CollectionState.Failed);
        policies.Reason.ShouldBe("iam:GetAccountAuthorizationDetails: 400 Throttling: Rate exceeded (gave up after 3 attempts)");
        result.Status.Status.ShouldBe(CollectionState.Partial);
        result.Status.GapIn(Datasets.AwsUserPolicies).ShouldNotBeNull();
        result.Status.GapIn(Datasets.AwsCredentialReport).ShouldBeNull();
        cloud.Calls("iam:GetAccountAuthorizationDetails").ShouldBe(3);
        result.Facts.AwsIamUsers.Count.ShouldBe(3);
        result.Facts.AwsIamUsers.ShouldAllBe(u => u.AttachedPolicyArns == null && u.GroupPolicyArns == null);
    }

    [Fact]
    public async Task Access_denied_on_the_authorization_details_leaves_only_its_two_datasets_missing()
    {
        var fake = AwsTestData.Account();
        fake.Roles.Add(new FakeRole("deploy", AwsTestData.TrustAccount("123456789012")));
        await using var cloud = await AwsFakeCloud.StartAsync(fake);
        cloud.Faults.Add("iam:GetAccountAuthorizationDetails", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Partial);
        result.Status.Datasets.Where(d => d.Status != CollectionState.Complete).Select(d => d.Name)
            .ShouldBe([Datasets.AwsRolesAndPolicies, Datasets.AwsUserPolicies]);
        result.Status.GapIn(Datasets.AwsRolesAndPolicies)!.ShouldContain("iam:GetAccountAuthorizationDetails: 403 AccessDenied");
        cloud.Calls("iam:GetAccountAuthorizationDetails").ShouldBe(1);
        result.Facts.AwsIamRoles.ShouldBeEmpty();
        // The users still come from the credential report, with their policies unknown.
        result.Facts.AwsIamUsers.Select(u => u.UserName).ShouldBe(["alice", "bob", "carol"]);
        result.Facts.AwsIamUsers.ShouldAllBe(u => u.AttachedPolicyArns == null && u.GroupPolicyArns == null && u.AdministratorPolicies == null);
        result.Facts.AwsIamUsers.Single(u => u.UserName == "carol").HardwareMfa.ShouldBe(true);
    }

    [Fact]
    public async Task Access_denied_on_list_mfa_devices_is_an_item_gap_on_the_users_asked()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        cloud.Faults.Add("iam:ListMFADevices", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var devices = result.Status.Datasets.Single(d => d.Name == Datasets.AwsMfaDevices);
        devices.Status.ShouldBe(CollectionState.Partial);
        devices.Gaps.Select(g => g.Scope).ShouldBe([AwsTestData.UserScope("carol")]);
        var users = result.Facts.AwsIamUsers.ToDictionary(u => u.UserName);
        users["carol"].HardwareMfa.ShouldBeNull();
        users["alice"].HardwareMfa.ShouldBe(false);
        result.Status.GapIn(Datasets.AwsUserPolicies).ShouldBeNull();
    }

    [Fact]
    public async Task Access_denied_on_describe_regions_fails_only_the_ec2_dataset()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        cloud.Faults.Add("ec2:DescribeRegions", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.GapIn(Datasets.AwsEc2).ShouldBe($"{Datasets.AwsEc2} from {result.Status.Id} is failed: ec2:DescribeRegions: 403 UnauthorizedOperation: You are not authorized to perform this operation.");
        result.Status.Status.ShouldBe(CollectionState.Partial);
        cloud.Calls("ec2:DescribeRegions").ShouldBe(1);
        result.Facts.CloudResources.ShouldAllBe(r => r.Kind == "aws:s3:bucket");
        result.Facts.AwsAccounts.Single().OptedInRegions.ShouldBeNull();
    }

    [Fact]
    public async Task Server_errors_in_every_region_fail_the_ec2_dataset()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        cloud.Faults.Add("ec2:DescribeInstances", AwsFault.ServerError);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var ec2 = result.Status.Datasets.Single(d => d.Name == Datasets.AwsEc2);
        ec2.Status.ShouldBe(CollectionState.Failed);
        ec2.Reason.ShouldStartWith("3 of 3 regions failed; first: ec2:DescribeInstances (");
        ec2.Reason.ShouldContain("500 InternalFailure");
        ec2.Gaps.Select(g => (g.Scope, g.Status)).ShouldBe(
            [("region:eu-central-1", CollectionState.Failed), ("region:me-central-1", CollectionState.Failed), ("region:us-east-1", CollectionState.Failed)]);
        cloud.Calls("ec2:DescribeInstances").ShouldBe(9);
    }

    [Fact]
    public async Task Waits_for_a_credential_report_still_in_progress()
    {
        var fake = AwsTestData.Account();
        fake.ReportPollsBeforeComplete = 2;
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.GapIn(Datasets.AwsCredentialReport).ShouldBeNull();
        cloud.Calls("iam:GenerateCredentialReport").ShouldBe(3);
        cloud.Calls("iam:GetCredentialReport").ShouldBe(1);
        result.Facts.AwsIamUsers.Single(u => u.UserName == "alice").MfaActive.ShouldBeTrue();
    }

    [Fact]
    public async Task A_report_that_never_completes_fails_the_dataset_after_the_poll_limit()
    {
        var fake = AwsTestData.Account();
        fake.ReportPollsBeforeComplete = 100;
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var report = result.Status.Datasets.Single(d => d.Name == Datasets.AwsCredentialReport);
        report.Status.ShouldBe(CollectionState.Failed);
        report.Reason.ShouldBe("credential report still not COMPLETE after 5 GenerateCredentialReport polls");
        cloud.Calls("iam:GenerateCredentialReport").ShouldBe(5);
        cloud.Calls("iam:GetCredentialReport").ShouldBe(0);
        result.Facts.AwsIamUsers.Select(u => u.UserName).ShouldBe(["alice", "bob", "carol"]);
    }

    [Fact]
    public async Task A_wrong_secret_fails_the_source_at_sts_with_the_aws_reason()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        var options = AwsTestData.Options(cloud) with { Credentials = new Amazon.Runtime.BasicAWSCredentials(AwsFakeCloud.AccessKeyId, "wrong-secret-value") };

        var result = await AwsTestData.Collector(options).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Failed);
        result.Status.Reason.ShouldStartWith("sts:GetCallerIdentity: 403 SignatureDoesNotMatch");
        result.Status.GapIn(Datasets.AwsS3).ShouldNotBeNull();
        result.Facts.Count.ShouldBe(0);
        cloud.SignatureFailures.ShouldBe(1);
    }

    [Fact]
    public async Task A_missing_profile_fails_the_source_before_any_call()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        var options = AwsTestData.Options(cloud) with
        {
            Credentials = null,
            Environment = name => name == "AWS_PROFILE" ? "no-such-profile-for-tests" : null,
        };

        var result = await AwsTestData.Collector(options).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Failed);
        result.Status.Reason!.ShouldContain("profile 'no-such-profile-for-tests' was not found");
        cloud.TotalCalls.ShouldBe(0);
    }
}
