using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

public sealed class AwsRoleTests
{
    private const string InlineAdmin = """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":["*"],"Resource":"*"}}""";
    private const string Escalation = """{"Statement":[{"Effect":"Allow","Action":"iam:Put*Policy","Resource":"*"}]}""";

    [Fact]
    public async Task Roles_carry_who_outside_the_account_can_assume_them_and_their_administrator_policies()
    {
        var fake = AwsTestData.Account();
        fake.Roles.AddRange(
        [
            new FakeRole("open", AwsTestData.TrustAccount("*")),
            new FakeRole("vendor", AwsTestData.TrustAccount("999988887777", externalId: "x-123")) { Policies = [AwsTestData.AdminPolicy] },
            new FakeRole("partner", AwsTestData.TrustAccount("444455556666")) { InlinePolicies = new Dictionary<string, string> { ["grow"] = Escalation } },
            new FakeRole("internal", AwsTestData.TrustAccount("123456789012")) { Policies = ["arn:aws:iam::123456789012:policy/everything"] },
            new FakeRole("ec2", """{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""") { Path = "/service/" },
        ]);
        fake.CustomerPolicies.AddRange([new FakePolicy("everything", InlineAdmin), new FakePolicy("unused-admin", InlineAdmin),
            new FakePolicy("reader", """{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""")]);
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        var roles = result.Facts.AwsIamRoles.ToDictionary(r => r.RoleName);
        roles.Keys.Order().ShouldBe(["ec2", "internal", "open", "partner", "vendor"]);
        roles["open"].TrustsAnyPrincipal.ShouldBeTrue();
        roles["open"].UnconditionedExternalAccounts.ShouldBe(["*"]);
        roles["vendor"].ExternalAccounts.ShouldBe(["999988887777"]);
        roles["vendor"].UnconditionedExternalAccounts.ShouldBeEmpty();
        roles["vendor"].AdministratorPolicies.ShouldBe([AwsTestData.AdminPolicy]);
        roles["partner"].UnconditionedExternalAccounts.ShouldBe(["444455556666"]);
        roles["partner"].AdministratorPolicies.ShouldBe(["inline:grow"]);
        roles["internal"].ExternalAccounts.ShouldBeEmpty();
        roles["internal"].AdministratorPolicies.ShouldBe(["arn:aws:iam::123456789012:policy/everything"]);
        roles["ec2"].ExternalAccounts.ShouldBeEmpty();
        roles["ec2"].Arn.ShouldBe("arn:aws:iam::123456789012:role/service/ec2");
        var policies = result.Facts.AwsIamPolicies.ToDictionary(p => p.PolicyName);
        policies["everything"].AllowsFullAccess.ShouldBe(true);
        policies["everything"].AttachmentCount.ShouldBe(1);
        policies["unused-admin"].AttachmentCount.ShouldBe(0);
        policies["reader"].AllowsFullAccess.ShouldBe(false);
        policies["reader"].GrantsAdministration.ShouldBe(false);
        policies.Keys.ShouldNotContain("AdministratorAccess");
    }

    [Fact]
    public async Task An_inline_user_policy_allowing_everything_makes_the_user_an_administrator()
    {
        var fake = AwsTestData.Account();
        fake.Users.Add(new FakeIamUser("dave") { InlinePolicies = new Dictionary<string, string> { ["all"] = InlineAdmin } });
        fake.GroupInlinePolicies["readers"] = new() { ["iam"] = """{"Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}""" };
        await using var cloud = await AwsFakeCloud.StartAsync(fake);

        var users = (await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None)).Facts.AwsIamUsers.ToDictionary(u => u.UserName);

        users["dave"].AdministratorPolicies.ShouldBe(["inline:all"]);
        users["dave"].InlinePolicyNames.ShouldBe(["all"]);
        users["dave"].AttachedPolicyArns.ShouldBeEmpty();
        users["carol"].GroupAdministratorPolicies.ShouldBe(["inline:readers/iam"]);
        users["carol"].AdministratorGroups.ShouldBe(["readers"], "of carol's groups only readers' policies make her an administrator");
        users["bob"].AdministratorGroups.ShouldBe(["admins"], "AdministratorAccess attached to the group");
        users["dave"].AdministratorGroups.ShouldBeEmpty();
    }
}
