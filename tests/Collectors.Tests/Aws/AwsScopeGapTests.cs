using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>A call that fails for one region, one bucket or one list is recorded at that scope; the rest stays complete.</summary>
public sealed class AwsScopeGapTests
{
    [Fact]
    public async Task Refused_virtual_mfa_list_fails_only_the_mfa_devices_dataset()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        cloud.Faults.Add("iam:ListVirtualMFADevices", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var summary = result.Status.Datasets.Single(d => d.Name == Datasets.AwsAccountSummary);
        summary.Status.ShouldBe(CollectionState.Complete);
        summary.ItemCount.ShouldBe(5);
        var devices = result.Status.Datasets.Single(d => d.Name == Datasets.AwsMfaDevices);
        devices.Status.ShouldBe(CollectionState.Failed);
        devices.Gaps.ShouldBeEmpty();
        devices.Reason.ShouldBe("root MFA kind unknown: iam:ListVirtualMFADevices: 403 AccessDenied: "
            + "User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: iam:ListVirtualMFADevices");
        var account = result.Facts.AwsAccounts.Single();
        account.RootMfaEnabled.ShouldBe(true);
        account.RootHardwareMfa.ShouldBeNull();
        account.RootAccessKeysPresent.ShouldBe(false);
        result.Status.Status.ShouldBe(CollectionState.Partial);
    }

    [Fact]
    public async Task A_region_whose_instances_cannot_be_listed_is_a_region_gap()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        cloud.Faults.Add("ec2:DescribeInstances@us-east-1", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var ec2 = result.Status.Datasets.Single(d => d.Name == Datasets.AwsEc2);
        const string why = "ec2:DescribeInstances (us-east-1): 403 UnauthorizedOperation: You are not authorized to perform this operation.";
        ec2.Status.ShouldBe(CollectionState.Partial);
        ec2.ItemCount.ShouldBe(2);
        ec2.Reason.ShouldBe($"1 of 3 regions failed; first: {why}");
        ec2.Gaps.ShouldBe([new ScopeGap { Scope = "region:us-east-1", Status = CollectionState.Failed, Reason = why }]);
        result.Facts.CloudResources.Where(r => r.Kind == "aws:ec2:instance").Select(r => r.Region).ShouldBe(["eu-central-1", "me-central-1"]);
        cloud.Calls("ec2:DescribeInstances").ShouldBe(3);
        result.Status.Datasets.Where(d => d.Name != Datasets.AwsEc2).ShouldAllBe(d => d.Status == CollectionState.Complete);
    }

    [Fact]
    public async Task A_bucket_whose_location_cannot_be_read_is_kept_without_region_and_with_an_item_gap()
    {
        var fake = AwsTestData.Account();
        fake.ListBucketsReturnsRegion = false;
        await using var cloud = await AwsFakeCloud.StartAsync(fake);
        cloud.Faults.Add("s3:GetBucketLocation@data-fra", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var buckets = result.Facts.CloudResources.Where(r => r.Kind == "aws:s3:bucket").ToList();
        buckets.Select(b => (b.Name, b.Region, b.Country)).ShouldBe([("data-eu", "eu-west-1", "IE"), ("data-fra", null, null), ("logs-us", "us-east-1", "US")]);
        var s3 = result.Status.Datasets.Single(d => d.Name == Datasets.AwsS3);
        s3.Status.ShouldBe(CollectionState.Partial);
        s3.ItemCount.ShouldBe(3);
        s3.Reason.ShouldStartWith("1 of 3 bucket locations not read (first: s3:GetBucketLocation: 403 AccessDenied");
        var gap = s3.Gaps.ShouldHaveSingleItem();
        gap.Scope.ShouldBe("item:aws/123456789012/aws:s3:bucket/arn:aws:s3:::data-fra");
        gap.Scope.ShouldBe(DataScope.Item(buckets[1].Resource.Key));
        gap.Status.ShouldBe(CollectionState.Partial);
        gap.Reason.ShouldStartWith("region unknown: s3:GetBucketLocation: 403 AccessDenied");
        cloud.Calls("s3:GetBucketLocation").ShouldBe(3);
    }

    [Fact]
    public async Task Many_item_gaps_are_logged_as_a_count_and_first_examples()
    {
        var fake = AwsTestData.ManyUsers(users: 40, pageSize: 100);
        fake.Users.AddRange(Enumerable.Range(1, 30).Select(i => new FakeIamUser($"new{i:D4}") { InCredentialReport = false }));
        await using var cloud = await AwsFakeCloud.StartAsync(fake);
        var log = new LogCapture();

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud), log.Logger).CollectAsync(CancellationToken.None);

        result.Status.Datasets.Single(d => d.Name == Datasets.AwsCredentialReport).Gaps.Count.ShouldBe(30);
        result.Status.Reason.ShouldBe($"{Datasets.AwsCredentialReport}: 30 user(s) from the IAM user listing not in the report yet (first: new0001); see gaps");
        log.Text.ShouldContain("in 30 scope(s)");
        log.Text.ShouldContain("user/new0003");
        log.Text.ShouldNotContain("new0004");
    }
}
