using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using ComplianceEngine.Rules.People;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.People;

/// <summary>IAM Identity Center users in the person model: PERSON-ORPHAN-02, PERSON-LEAVER-03, and the rules that count them.</summary>
public sealed class IdentityCenterRulesTests
{
    private static AwsIdentityCenterUser Administrator(string? userName = null, string? externalId = null, string? group = null) =>
        Some.IdentityCenterUser(userName, externalId) with { AdministratorAssignments = [Some.AdministratorAssignment(group)] };

    private static readonly ComplianceConfig IdentityCenterParameterOn = ComplianceConfig.Default with
    {
        RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
        {
            ["AWS-IAM-10"] = new Dictionary<string, object> { ["identityCenterInUse"] = true },
        },
    };

    [Fact]
    public void Administrators_link_by_external_id_user_name_or_email_and_an_unlinked_one_fails()
    {
        var byId = Some.User();
        var byName = Some.User("hana.sato@contoso.example");
        var byMail = Some.User("kenji.ono@contoso.example");
        var linkedById = Administrator(externalId: byId.Id);
        var linkedByName = Administrator("hana.sato@contoso.example", group: "Platform admins");
        var linkedByMail = Administrator("kono") with { Emails = ["kenji.ono@contoso.example"] };
        var orphan = Administrator("contractor-admin");
        var reader = Some.IdentityCenterUser("reader");
        var unknown = Some.IdentityCenterUser("unknown") with { AdministratorAssignments = null };

        var evaluation = RuleVerifier.Verify(new OrphanIdentityCenterAdministratorRule(),
            SomeSnapshot.With(byId, byName, byMail, linkedById, linkedByName, linkedByMail, orphan, reader, unknown),
            Pass(linkedById.UserId), Pass(linkedByName.UserId), Pass(linkedByMail.UserId), Fail(orphan.UserId), Error(unknown.UserId, "were not read"));

        evaluation.Passes.Select(p => p.Observed["linkMethod"]).ShouldBe(["externalId", "userName", "email"], ignoreOrder: true);
        evaluation.Findings.Single(f => f.Resource.Id == orphan.UserId).Observed["assignments"]
            .ShouldBe(new[] { $"AdministratorAccess in {Some.AccountId} (direct)" });
    }

    [Fact]
    public void An_orphan_is_Error_while_the_directory_was_not_read_completely_and_no_administrators_is_not_applicable()
    {
        var gap = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraUsers, "403 Forbidden");
        RuleVerifier.Verify(new OrphanIdentityCenterAdministratorRule(), SomeSnapshot.With(gap, Administrator("contractor-admin")), Error(Some.EntraSource, "entra.users"));
        RuleVerifier.Verify(new OrphanIdentityCenterAdministratorRule(), SomeSnapshot.With(Some.IdentityCenterUser()),
            RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }

    [Fact]
    public void Unread_Identity_Center_users_are_Error_for_their_source()
    {
        var gap = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsIdentityCenter, "400 AccessDeniedException: identitystore:ListUsers");
        RuleVerifier.Verify(new OrphanIdentityCenterAdministratorRule(), SomeSnapshot.With(gap, Some.User()), Error(Some.AwsSource, "AccessDeniedException"));
    }

    [Fact]
    public void A_disabled_or_deleted_persons_administrator_assignment_fails()
    {
        var leaver = Some.User() with { AccountEnabled = false };
        var stayer = Some.User();
        var quietLeaver = Some.User() with { AccountEnabled = false };
        var leaverAdmin = Administrator(externalId: leaver.Id, group: "Platform admins");
        var stayerAdmin = Administrator(externalId: stayer.Id);
        var leaverReader = Some.IdentityCenterUser(externalId: quietLeaver.Id);
        var deleted = Administrator(externalId: "5b0d3f7e-9999-4c1c-8e8e-0123456789ab");

        var evaluation = RuleVerifier.Verify(new IdentityCenterLeaverRule(),
            SomeSnapshot.With(leaver, stayer, quietLeaver, leaverAdmin, stayerAdmin, leaverReader, deleted, Administrator("contractor-admin")),
            Fail(leaverAdmin.UserId), Pass(stayerAdmin.UserId), Pass(leaverReader.UserId), Fail(deleted.UserId));

        evaluation.Findings.Single(f => f.Resource.Id == leaverAdmin.UserId).Message
            .ShouldBe($"{leaverAdmin.UserName} belongs to {leaver.Id} (externalId), who is disabled in Entra ID, but still holds AdministratorAccess in {Some.AccountId} (group Platform admins).");
        evaluation.Findings.Single(f => f.Resource.Id == deleted.UserId).Observed["state"].ShouldBe("deleted");
    }

    [Fact]
    public void A_leaver_seen_holding_an_assignment_fails_even_while_the_directory_is_incomplete_and_an_unknown_link_is_Error_for_the_directory()
    {
        var leaver = Some.User() with { AccountEnabled = false };
        var admin = Administrator(externalId: leaver.Id);
        var unresolved = Administrator(externalId: "5b0d3f7e-9999-4c1c-8e8e-0123456789ab");
        var gap = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraUsers, "403 Forbidden");

        RuleVerifier.Verify(new IdentityCenterLeaverRule(), SomeSnapshot.With(gap, leaver, admin, unresolved),
            Fail(admin.UserId), Error(Some.EntraSource, "entra.users"));
    }

    [Fact]
    public void An_Identity_Center_administrator_is_a_privileged_place_for_phishing_resistant_MFA()
    {
        var person = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] };
        var onlyAws = Some.User();

        var evaluation = RuleVerifier.Verify(new CrossCloudPrivilegeWithoutPhishingResistantMfaRule(),
            SomeSnapshot.With(person, onlyAws, Administrator(externalId: person.Id), Administrator(externalId: onlyAws.Id)), Fail(person.Id));

        evaluation.Findings.Single().Observed["privilegedIn"].ShouldBe(new[] { "Entra ID", "AWS" });
    }

    [Fact]
    public void A_person_whose_only_cloud_access_is_an_Identity_Center_administrator_can_be_stale()
    {
        var dormant = Some.User() with { SignIn = new SignInActivity { LastSuccessfulSignIn = Some.Now.AddDays(-200) } };
        var active = Some.User();
        var reader = Some.User() with { SignIn = new SignInActivity { LastSuccessfulSignIn = Some.Now.AddDays(-200) } };

        var evaluation = RuleVerifier.Verify(new StalePersonRule(),
            SomeSnapshot.With(dormant, active, reader, Administrator(externalId: dormant.Id), Administrator(externalId: active.Id), Some.IdentityCenterUser(externalId: reader.Id)),
            Fail(dormant.Id), Pass(active.Id));

        evaluation.Findings.Single(f => f.Outcome == Engine.Evaluation.Outcome.Fail).Observed["accessIn"].ShouldBe(new[] { "AWS IAM Identity Center" });
    }

    [Fact]
    public void Identity_Center_as_read_wins_over_the_parameter_of_AWS_IAM_10()
    {
        var console = Some.IamUser("console");
        var none = Some.IamUser("none") with { PasswordEnabled = false };
        var readWithUsers = Some.AwsAccount() with { IdentityCenterInstances = ["arn:aws:sso:::instance/ssoins-1111222233334444"] };

        var evaluation = RuleVerifier.Verify(new AwsIamUserWithIdentityCenterRule(), SomeSnapshot.With(readWithUsers, console, none, Some.IdentityCenterUser()),
            Fail(console.Arn!), Pass(none.Arn!));
        evaluation.Findings.Single(f => f.Outcome == Engine.Evaluation.Outcome.Fail).Observed["identityCenterInUseFrom"].ShouldBe("Identity Center as read");

        var readEmpty = Some.AwsAccount() with { IdentityCenterInstances = [] };
        RuleVerifier.Verify(new AwsIamUserWithIdentityCenterRule(), SomeSnapshot.With(readEmpty, console), IdentityCenterParameterOn,
            RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }

    [Fact]
    public void AWS_IAM_10_is_Error_everywhere_while_a_configured_Identity_Center_read_is_incomplete()
    {
        const string management = "aws:111111111111";
        var sources = SomeSnapshot.AllSourcesComplete.Append(SomeSnapshot.Source(management, "aws", "111111111111") with
        {
            Status = CollectionState.Partial,
            Datasets = [.. Datasets.Of("aws").Select(d => new DatasetStatus
            {
                Name = d,
                Status = d == Datasets.AwsIdentityCenter ? CollectionState.Failed : CollectionState.Complete,
                Reason = d == Datasets.AwsIdentityCenter ? "400 AccessDeniedException: sso:ListInstances" : null,
            })],
        }).ToList();

        RuleVerifier.Verify(new AwsIamUserWithIdentityCenterRule(), SomeSnapshot.With(sources, Some.IamUser("console")),
            Error(management, "AccessDeniedException"));
    }
}
