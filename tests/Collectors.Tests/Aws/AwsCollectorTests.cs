using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

public sealed class AwsCollectorTests
{
    [Fact]
    public async Task Collects_account_users_buckets_and_instances_through_signed_calls()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        cloud.SignatureFailures.ShouldBe(0);
        result.Status.Status.ShouldBe(CollectionState.Complete);
        result.Status.Reason.ShouldBeNull();
        result.Status.Scope.ShouldBe("123456789012");
        result.Status.Datasets.Select(d => (d.Name, d.Status, d.ItemCount)).ShouldBe(
        [
            (Datasets.AwsAccessKeys, CollectionState.Complete, 1), (Datasets.AwsAccountSummary, CollectionState.Complete, 5), (Datasets.AwsCredentialReport, CollectionState.Complete, 4),
            (Datasets.AwsDynamoDb, CollectionState.Complete, 0),
            (Datasets.AwsEbs, CollectionState.Complete, 0), (Datasets.AwsEc2, CollectionState.Complete, 3), (Datasets.AwsEfs, CollectionState.Complete, 0),
            (Datasets.AwsIdentityCenter, CollectionState.Complete, 0), (Datasets.AwsIdentityCenterAssignments, CollectionState.Complete, 0), // not configured
            (Datasets.AwsLambda, CollectionState.Complete, 0), (Datasets.AwsMfaDevices, CollectionState.Complete, 1),
            (Datasets.AwsPasswordPolicy, CollectionState.Complete, 1), (Datasets.AwsRds, CollectionState.Complete, 0), (Datasets.AwsRolesAndPolicies, CollectionState.Complete, 0),
            (Datasets.AwsS3, CollectionState.Complete, 3), (Datasets.AwsUserPolicies, CollectionState.Complete, 3),
        ]);
        result.Status.Datasets.ShouldAllBe(d => d.Gaps.Count == 0);
        result.Facts.AwsIamUsers.ShouldAllBe(u => u.SourceId == result.Status.Id);
    }

    [Fact]
    public async Task Root_access_keys_carry_their_rotation_dates_from_the_report()
    {
        var fake = AwsTestData.Account();
        var withKey = new FakeAwsAccount { Users = fake.Users, Root = new FakeRoot { AccessKeysPresent = true }, Regions = fake.Regions };
        await using var cloud = await AwsFakeCloud.StartAsync(withKey);

        var account = (await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None)).Facts.AwsAccounts.Single();

        account.RootAccessKeys.ShouldNotBeNull();
        account.RootAccessKeys.ShouldBe([new Engine.Facts.Aws.AwsAccessKey
        {
            Slot = 1, Active = true, LastRotated = new DateTimeOffset(2019, 2, 1, 0, 0, 0, TimeSpan.Zero), LastUsed = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
        }]);
        // ListAccessKeys is for IAM users only: the root's key ids are not listed.
        cloud.Calls("iam:ListAccessKeys").ShouldBe(1);
    }

    [Fact]
    public async Task Account_fact_joins_summary_root_row_and_password_policy()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());

        var account = (await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None)).Facts.AwsAccounts.Single();

        account.AccountId.ShouldBe("123456789012");
        account.RootMfaEnabled.ShouldBe(true);
        account.RootHardwareMfa.ShouldBe(true);
        account.RootAccessKeysPresent.ShouldBe(false);
        account.RootPasswordEnabled.ShouldBe(true);
        account.RootPasswordLastUsed.ShouldBe(new DateTimeOffset(2024, 5, 30, 9, 0, 0, TimeSpan.Zero));
        account.RootAccessKeyLastUsed.ShouldBeNull();
        account.RootAccessKeys.ShouldBeEmpty();
        account.PasswordPolicy.ShouldNotBeNull();
        account.PasswordPolicy.MinimumPasswordLength.ShouldBe(14);
        account.PasswordPolicy.MaxPasswordAge.ShouldBe(90);
        account.PasswordPolicy.PasswordReusePrevention.ShouldBe(24);
    }

    [Fact]
    public async Task Root_with_a_virtual_mfa_device_has_no_hardware_mfa()
    {
        var fake = AwsTestData.Account();
        fake = new FakeAwsAccount { Root = new FakeRoot { MfaEnabled = true, VirtualMfa = true }, Users = fake.Users, GroupPolicies = fake.GroupPolicies };
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var account = (await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None)).Facts.AwsAccounts.Single();

        account.RootMfaEnabled.ShouldBe(true);
        account.RootHardwareMfa.ShouldBe(false);
    }

    [Fact]
    public async Task No_password_policy_is_complete_data_with_a_null_policy()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(new FakeAwsAccount { PasswordPolicy = null });

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Facts.AwsAccounts.Single().PasswordPolicy.ShouldBeNull();
        result.Status.GapIn(Datasets.AwsPasswordPolicy).ShouldBeNull();
        cloud.Calls("iam:GetAccountPasswordPolicy").ShouldBe(1);
    }

    [Fact]
    public async Task Users_carry_their_IAM_tags_which_link_them_to_people()
    {
        var account = AwsTestData.Account();
        var bob = account.Users.FindIndex(u => u.Name == "bob");
        account.Users[bob] = account.Users[bob] with { Tags = new Dictionary<string, string> { ["email"] = "bob@contoso.example", ["team"] = "<ops>" } };
        await using var cloud = await AwsFakeCloud.StartAsync(account);

        var users = (await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None)).Facts.AwsIamUsers
            .ToDictionary(u => u.UserName);

        users["bob"].Tags.ShouldBe(new Dictionary<string, string> { ["email"] = "bob@contoso.example", ["team"] = "<ops>" });
        users["alice"].Tags.ShouldBeEmpty();
    }

    [Fact]
    public async Task Users_carry_report_row_direct_and_group_policies_and_mfa_kind()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());

        var users = (await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None)).Facts.AwsIamUsers
            .ToDictionary(u => u.UserName);

        users["alice"].Arn.ShouldBe("arn:aws:iam::123456789012:user/alice");
        users["alice"].PasswordEnabled.ShouldBeTrue();
        users["alice"].PasswordLastUsed.ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero));
        users["alice"].MfaActive.ShouldBeTrue();
        users["alice"].HardwareMfa.ShouldBe(false);
        users["alice"].AttachedPolicyArns.ShouldBe([AwsTestData.AdminPolicy]);
        users["alice"].GroupPolicyArns.ShouldBeEmpty();
        users["bob"].PasswordEnabled.ShouldBeFalse();
        users["bob"].PasswordLastUsed.ShouldBeNull();
        users["bob"].AccessKeys.Single().ShouldBe(new Engine.Facts.Aws.AwsAccessKey
            { Slot = 1, Active = true, LastRotated = new DateTimeOffset(2023, 2, 1, 0, 0, 0, TimeSpan.Zero), AccessKeyId = "AKIABOBXXXXXXXXXXXXX" });
        users["bob"].AttachedPolicyArns.ShouldBeEmpty();
        users["bob"].GroupPolicyArns.ShouldBe([AwsTestData.AdminPolicy]);
        users["carol"].HardwareMfa.ShouldBe(true);
        users["carol"].GroupPolicyArns.ShouldBe([AwsTestData.ReadOnlyPolicy]);
        users["alice"].AdministratorPolicies.ShouldBe([AwsTestData.AdminPolicy]);
        users["bob"].GroupAdministratorPolicies.ShouldBe([AwsTestData.AdminPolicy]);
        users["carol"].GroupAdministratorPolicies.ShouldBeEmpty();
        cloud.Calls("iam:GetAccountAuthorizationDetails").ShouldBe(1);
        // alice's device is virtual; only carol (MFA, no virtual device) is asked for hers.
        cloud.Calls("iam:ListMFADevices").ShouldBe(1);
    }

    [Fact]
    public async Task Buckets_take_their_region_from_paged_list_buckets_without_per_bucket_calls()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account(pageSize: 2));

        var buckets = (await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None)).Facts.CloudResources
            .Where(r => r.Kind == "aws:s3:bucket").ToList();

        buckets.Select(b => (b.Name, b.Region, b.Country)).ShouldBe([("data-eu", "eu-west-1", "IE"), ("data-fra", "eu-central-1", "DE"), ("logs-us", "us-east-1", "US")]);
        buckets[0].Id.ShouldBe("arn:aws:s3:::data-eu");
        cloud.Calls("s3:ListBuckets").ShouldBe(2);
        cloud.Calls("s3:GetBucketLocation").ShouldBe(0);
    }

    [Fact]
    public async Task Bucket_location_constraint_empty_is_us_east_1_and_EU_is_eu_west_1()
    {
        var fake = AwsTestData.Account();
        fake.ListBucketsReturnsRegion = false;
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var buckets = (await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None)).Facts.CloudResources
            .Where(r => r.Kind == "aws:s3:bucket").ToDictionary(b => b.Name!, b => b.Region);

        buckets.ShouldBe(new Dictionary<string, string?> { ["data-eu"] = "eu-west-1", ["data-fra"] = "eu-central-1", ["logs-us"] = "us-east-1" });
        cloud.Calls("s3:GetBucketLocation").ShouldBe(3);
    }

    [Fact]
    public async Task Instances_of_enabled_regions_are_collected_without_terminated_ones()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());

        var facts = (await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None)).Facts;
        var instances = facts.CloudResources.Where(r => r.Kind == "aws:ec2:instance").ToList();

        instances.Select(i => (i.Name, i.Region, i.Country)).ShouldBe(
            [("web-1", "eu-central-1", "DE"), ("i-0000000000000004", "me-central-1", "AE"), ("i-0000000000000002", "us-east-1", "US")]);
        instances[0].Id.ShouldBe("arn:aws:ec2:eu-central-1:123456789012:instance/i-0000000000000001");
        cloud.Calls("ec2:DescribeRegions").ShouldBe(1);
        cloud.Calls("ec2:DescribeInstances").ShouldBe(3);
        facts.AwsAccounts.Single().OptedInRegions.ShouldBe(["me-central-1"]);
    }

    [Fact]
    public async Task Configured_regions_limit_the_instance_scan()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        var options = AwsTestData.Options(cloud) with { Regions = ["eu-central-1"] };

        var result = await AwsTestData.Collector(options).CollectAsync(CancellationToken.None);

        result.Facts.CloudResources.Where(r => r.Kind == "aws:ec2:instance").Select(r => r.Region).ShouldBe(["eu-central-1"]);
        cloud.Calls("ec2:DescribeInstances").ShouldBe(1);
    }

    [Fact]
    public async Task Assumes_the_configured_role_and_signs_with_the_session_credentials()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        var options = AwsTestData.Options(cloud) with { RoleArn = "arn:aws:iam::123456789012:role/ComplianceAudit" };

        var result = await AwsTestData.Collector(options).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        result.Status.Id.ShouldBe("aws:arn:aws:iam::123456789012:role/ComplianceAudit");
        cloud.AssumedRoles.ShouldBe(["arn:aws:iam::123456789012:role/ComplianceAudit"]);
        cloud.SignatureFailures.ShouldBe(0);
    }

    [Fact]
    public async Task Service_specific_endpoint_variables_win_over_AWS_ENDPOINT_URL()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        var url = cloud.Endpoint.ToString();
        var variables = new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9/",
            ["AWS_ENDPOINT_URL_IAM"] = url, ["AWS_ENDPOINT_URL_S3"] = url, ["AWS_ENDPOINT_URL_EC2"] = url, ["AWS_ENDPOINT_URL_STS"] = url,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = url, ["AWS_ENDPOINT_URL_LAMBDA"] = url, ["AWS_ENDPOINT_URL_EFS"] = url, ["AWS_ENDPOINT_URL_RDS"] = url,
            ["AWS_REGION"] = "eu-central-1",
        };
        var options = AwsTestData.Options(cloud) with { EndpointUrl = null, Environment = variables.GetValueOrDefault };

        var result = await AwsTestData.Collector(options).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        result.Status.Endpoint.ShouldBe(url);
        cloud.Calls("iam:").ShouldBeGreaterThan(0);
        cloud.Calls("dynamodb:ListTables").ShouldBeGreaterThan(0);
        cloud.Calls("lambda:ListFunctions").ShouldBeGreaterThan(0);
        cloud.Calls("elasticfilesystem:DescribeFileSystems").ShouldBeGreaterThan(0);
        cloud.Calls("rds:DescribeDBInstances").ShouldBeGreaterThan(0);
        cloud.Calls("rds:DescribeDBSnapshots").ShouldBeGreaterThan(0);
    }
}
