using ComplianceEngine.Collectors.Aws;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;
using Serilog;

namespace ComplianceEngine.Collectors.Tests.Aws;

public sealed class AwsOrganizationTests
{
    private const string Management = "111111111111", Prod = "222222222222", Refusing = "333333333333", Suspended = "444444444444", Sandbox = "555555555555";

    private static FakeAwsAccount Member(string id) => new()
    {
        AccountId = id,
        Users = [new FakeIamUser($"admin-{id[..3]}") { PasswordEnabled = true, MfaActive = false }],
        Regions = [new FakeRegion("eu-central-1")],
    };

    private static FakeOrganization Organization(FakeAwsAccount management)
    {
        var prod = Member(Prod);
        prod.Roles.Add(new FakeRole("from-refusing", AwsTestData.TrustAccount(Refusing)));
        prod.Roles.Add(new FakeRole("from-vendor", AwsTestData.TrustAccount("999988887777")));
        return new FakeOrganization
        {
            PageSize = 2,
            Members =
            [
                new FakeMember(management, "management"), new FakeMember(prod, "prod", Parent: "ou-ab12-workload1"),
                new FakeMember(Member(Refusing), "refusing", Parent: "ou-ab12-workload1"), new FakeMember(Member(Suspended), "closed", "SUSPENDED"),
                new FakeMember(Member(Sandbox), "sandbox", Parent: "ou-ab12-sandbox01"),
            ],
            OrganizationalUnits = new(StringComparer.Ordinal) { ["r-a1b2"] = ["ou-ab12-workload1", "ou-ab12-sandbox01"] },
        };
    }

    private static async Task<(AwsFakeCloud, FactSnapshot)> CollectAsync(AwsOrganizationOptions organization, Action<AwsFakeCloud>? faults = null,
        string? identityCenterRegion = null)
    {
        var management = Member(Management);
        var cloud = await AwsFakeCloud.StartAsync(management, Organization(management));
        faults?.Invoke(cloud);
        var options = AwsTestData.Options(cloud) with { Organization = organization, IdentityCenterRegion = identityCenterRegion };
        var collector = new AwsOrganizationCollector(options, new LoggerConfiguration().CreateLogger());
        var snapshot = await SnapshotAssembler.CollectAsync([collector], null, TimeProvider.System, CancellationToken.None);
        return (cloud, snapshot);
    }

    [Fact]
    public async Task Collects_each_active_account_as_its_own_source_and_a_refused_role_leaves_the_others_complete()
    {
        var (cloud, snapshot) = await CollectAsync(new AwsOrganizationOptions { RoleName = "ComplianceAudit", MaxAccounts = 2 },
            c => c.Faults.Add($"sts:AssumeRole@{Refusing}", AwsFault.Deny));
        await using var _ = cloud;

        snapshot.Sources.Select(s => (s.Id, s.Status)).ShouldBe(
        [
            ($"aws:{Management}", CollectionState.Complete), ($"aws:{Prod}", CollectionState.Complete), ($"aws:{Refusing}", CollectionState.Failed),
            ($"aws:{Suspended}", CollectionState.Failed), ($"aws:{Sandbox}", CollectionState.Complete),
        ]);
        var refused = snapshot.Sources.Single(s => s.Id == $"aws:{Refusing}");
        refused.Scope.ShouldBe(Refusing);
        refused.DisplayName.ShouldBe("refusing");
        refused.Reason.ShouldStartWith("sts:AssumeRole: 403 AccessDenied");
        snapshot.Sources.Single(s => s.Id == $"aws:{Suspended}").Reason.ShouldBe("account is SUSPENDED in the organisation: not scanned");
        snapshot.Facts.AwsAccounts.Select(a => a.AccountId).ShouldBe([Management, Prod, Sandbox]);
        snapshot.Facts.AwsIamUsers.Select(u => (u.SourceId, u.UserName)).ShouldBe(
            [($"aws:{Management}", "admin-111"), ($"aws:{Prod}", "admin-222"), ($"aws:{Sandbox}", "admin-555")]);
        cloud.AssumedRoles.Order().ShouldBe([.. new[] { Management, Prod, Sandbox }.Select(a => $"arn:aws:iam::{a}:role/ComplianceAudit")]);
        cloud.Calls("organizations:ListAccounts").ShouldBe(3);
        cloud.SignatureFailures.ShouldBe(0);
        var written = System.Text.Encoding.UTF8.GetString(Engine.Snapshot.SnapshotSerializer.ToUtf8Bytes(snapshot));
        cloud.IssuedSessionSecrets.ShouldNotBeEmpty();
        cloud.IssuedSessionSecrets.ShouldAllBe(secret => !written.Contains(secret));
        // Each session is a known secret of the run: an error or log line echoing it is masked by value.
        cloud.IssuedSessionSecrets.ShouldAllBe(secret => Engine.Secrets.SecretRedactor.Contains($"echoed: {secret}"));
    }

    [Fact]
    public async Task A_role_trusting_another_account_of_the_organisation_is_not_trusting_an_outsider()
    {
        var (cloud, snapshot) = await CollectAsync(new AwsOrganizationOptions { RoleName = "ComplianceAudit", Include = [Prod] });
        await using var _ = cloud;

        snapshot.Sources.Select(s => s.Id).ShouldBe([$"aws:{Prod}"]);
        var roles = snapshot.Facts.AwsIamRoles.ToDictionary(r => r.RoleName);
        roles["from-refusing"].ExternalAccounts.ShouldBeEmpty();
        roles["from-vendor"].UnconditionedExternalAccounts.ShouldBe(["999988887777"]);
    }

    [Fact]
    public async Task Include_and_exclude_take_account_ids_and_organisational_units()
    {
        var (cloud, snapshot) = await CollectAsync(new AwsOrganizationOptions
        {
            RoleName = "ComplianceAudit", Include = ["ou-ab12-workload1", Sandbox], Exclude = [Refusing],
        });
        await using var _ = cloud;

        snapshot.Sources.Select(s => s.Id).ShouldBe([$"aws:{Prod}", $"aws:{Sandbox}"]);
        cloud.Calls("organizations:ListAccountsForParent").ShouldBe(1);
        cloud.Calls("organizations:ListOrganizationalUnitsForParent").ShouldBe(1);
    }

    [Fact]
    public async Task An_organisation_that_cannot_be_listed_is_one_failed_source()
    {
        var (cloud, snapshot) = await CollectAsync(new AwsOrganizationOptions { RoleName = "ComplianceAudit" },
            c => c.Faults.Add("organizations:ListAccounts", AwsFault.Deny));
        await using var _ = cloud;

        var source = snapshot.Sources.Single();
        source.Status.ShouldBe(CollectionState.Failed);
        source.Reason.ShouldStartWith("organizations:ListAccounts: 403");
        cloud.AssumedRoles.ShouldBeEmpty();
    }

    [Fact]
    public async Task Identity_Center_is_read_once_from_the_management_account()
    {
        var (cloud, snapshot) = await CollectAsync(new AwsOrganizationOptions { RoleName = "ComplianceAudit", MaxAccounts = 2 }, c => c.Account.IdentityCenter = new FakeIdentityCenter
        {
            PermissionSets = [new FakePermissionSet("AdministratorAccess") { ManagedPolicies = ["arn:aws:iam::aws:policy/AdministratorAccess"] }],
            Users = [new FakeCenterUser("u-1", "alice@contoso.com")],
            Assignments = [(Prod, "AdministratorAccess", "USER", "u-1")],
        }, identityCenterRegion: "eu-central-1");
        await using var _ = cloud;

        cloud.Calls("sso:ListInstances").ShouldBe(1);
        snapshot.Facts.AwsIdentityCenterUsers.Single().ShouldSatisfyAllConditions(
            u => u.SourceId.ShouldBe($"aws:{Management}"), u => u.AdministratorAssignments!.Single().AccountId.ShouldBe(Prod));
        snapshot.Sources.Where(s => s.Id != $"aws:{Management}" && s.Datasets.Count > 0)
            .SelectMany(s => s.Datasets.Where(d => d.Name == Datasets.AwsIdentityCenter)).ShouldAllBe(d => d.Reason == Datasets.IdentityCenterNotConfigured);
    }
}
