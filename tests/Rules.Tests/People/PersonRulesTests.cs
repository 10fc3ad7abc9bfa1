using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.People;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.People;

public sealed class PersonRulesTests
{
    private const string Admin = "arn:aws:iam::aws:policy/AdministratorAccess";

    private static AwsIamUser AwsAdmin(string? owner) => Some.IamUser() with
    {
        GroupAdministratorPolicies = [Admin],
        Tags = owner is null ? null : new Dictionary<string, string> { ["Owner"] = owner },
    };

    private static AzureSubscription OwnedBy(params EntraUser[] users) => Some.AzureSubscription() with
    {
        PrivilegedRoleHolders = users.Select(u => new AzureRoleHolder { PrincipalId = u.Id, PrincipalType = "User", RoleName = "Owner" }).ToList(),
        DirectoryUsersRead = true,
    };

    [Fact]
    public void Orphan_administrators_fail_owned_ones_pass_and_non_administrators_are_out_of_scope()
    {
        var owner = Some.User();
        var owned = AwsAdmin(owner.UserPrincipalName);
        var orphan = AwsAdmin(null);
        var unknown = Some.IamUser() with { AdministratorPolicies = null };

        var evaluation = RuleVerifier.Verify(new OrphanAwsAdministratorRule(), SomeSnapshot.With(owner, owned, orphan, unknown, Some.IamUser()),
            Pass(owned.Arn!), Fail(orphan.Arn!), Error(unknown.Arn!, "were not read"));

        evaluation.Passes.Single().Observed["linkMethod"].ShouldBe("tag:Owner");
    }

    [Fact]
    public void An_orphan_is_Error_while_the_directory_was_not_read_completely()
    {
        var gap = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraUsers, "403 Forbidden");
        RuleVerifier.Verify(new OrphanAwsAdministratorRule(), SomeSnapshot.With(gap, AwsAdmin(null)), Error(Some.EntraSource, "entra.users"));
    }

    [Fact]
    public void The_naming_convention_and_the_mapping_file_link_too()
    {
        var owner = Some.User("kenji.ono@contoso.example");
        var byName = AwsAdmin(null) with { UserName = "adm-kenji.ono" };
        var mapped = AwsAdmin(null) with { UserName = "legacy-admin", Arn = $"arn:aws:iam::{Some.AccountId}:user/legacy-admin" };
        var config = ComplianceConfig.Default with
        {
            IdentityLinks = new IdentityLinkSettings
            {
                AwsNamingConvention = "adm-{alias}",
                Mappings = [new IdentityMapping(Some.AccountId, "legacy-admin", owner.Id, 2)],
            },
        };

        var evaluation = RuleVerifier.Verify(new OrphanAwsAdministratorRule(), SomeSnapshot.With(owner, byName, mapped), config, Pass(byName.Arn!), Pass(mapped.Arn!));

        evaluation.Passes.Select(p => p.Observed["linkMethod"]).ShouldBe(["naming", "mapping"], ignoreOrder: true);
    }

    [Fact]
    public void A_person_privileged_in_two_places_needs_a_phishing_resistant_method()
    {
        var weak = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator, "eligible")] };
        var strong = Some.User() with { Mfa = Some.Mfa with { MethodsRegistered = ["fido2SecurityKey"] } };
        var unregistered = Some.User() with { Mfa = null };
        var onePlace = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] };

        var evaluation = RuleVerifier.Verify(new CrossCloudPrivilegeWithoutPhishingResistantMfaRule(),
            SomeSnapshot.With(weak, strong, unregistered, onePlace, OwnedBy(weak, unregistered), AwsAdmin(strong.UserPrincipalName), AwsAdmin(unregistered.UserPrincipalName),
                OwnedBy(strong) with { SubscriptionId = "44444444-4444-4444-4444-444444444444" }),
            Fail(weak.Id), Pass(strong.Id), Error(unregistered.Id, "MFA registration report"));

        evaluation.Findings.Single(f => f.Outcome == Engine.Evaluation.Outcome.Fail).Message.ShouldContain("is privileged in Entra ID, Azure but has no phishing-resistant method");
    }

    [Fact]
    public void A_seen_failure_stands_when_a_linked_cloud_is_incomplete_but_a_pass_does_not()
    {
        var weak = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] };
        var strong = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)], Mfa = Some.Mfa with { MethodsRegistered = ["fido2SecurityKey"] } };
        var gap = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsUserPolicies, "403 AccessDenied");

        RuleVerifier.Verify(new CrossCloudPrivilegeWithoutPhishingResistantMfaRule(), SomeSnapshot.With(gap, weak, strong, OwnedBy(weak, strong)),
            Fail(weak.Id), Error(Some.AwsSource, "aws.userPolicies"));
    }

    [Fact]
    public void Nobody_privileged_in_two_places_is_not_applicable() =>
        RuleVerifier.Verify(new CrossCloudPrivilegeWithoutPhishingResistantMfaRule(), SomeSnapshot.With(Some.User()), RuleNotApplicable("no resource is in scope"));

    [Fact]
    public void A_person_whose_access_is_unused_everywhere_is_stale_one_recent_use_anywhere_keeps_them_active()
    {
        var old = Some.Now.AddDays(-200);
        var dormant = Some.User() with { SignIn = new SignInActivity { LastSuccessfulSignIn = old } };
        var keyInUse = Some.User() with { SignIn = new SignInActivity { LastSuccessfulSignIn = old } };
        var noCloud = Some.User() with { SignIn = new SignInActivity { LastSuccessfulSignIn = old } };
        var unknown = Some.User() with { SignIn = null };
        var dormantIam = AwsAdmin(dormant.UserPrincipalName) with { PasswordLastUsed = old, CreatedAt = old };
        var usedIam = AwsAdmin(keyInUse.UserPrincipalName) with
        {
            PasswordEnabled = false, AccessKeys = [new AwsAccessKey { Slot = 1, Active = true, LastUsed = Some.Now.AddDays(-3) }],
        };

        var evaluation = RuleVerifier.Verify(new StalePersonRule(), SomeSnapshot.With(dormant, keyInUse, noCloud, unknown, dormantIam, usedIam, OwnedBy(unknown)),
            Fail(dormant.Id), Pass(keyInUse.Id), Error(unknown.Id, "signInActivity was not reported"));

        evaluation.Findings.Single(f => f.Outcome == Engine.Evaluation.Outcome.Fail).Observed["daysSinceLastUse"].ShouldBe(200);
    }

    [Fact]
    public void Staleness_is_unknown_while_a_linked_credential_report_is_missing()
    {
        var old = Some.Now.AddDays(-200);
        var dormant = Some.User() with { SignIn = new SignInActivity { LastSuccessfulSignIn = old } };
        var gap = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsCredentialReport, "report not generated");

        RuleVerifier.Verify(new StalePersonRule(), SomeSnapshot.With(gap, dormant, AwsAdmin(dormant.UserPrincipalName) with { PasswordLastUsed = old }),
            Error(Some.AwsSource, "aws.credentialReport"));
    }
}
