using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Tests.People;

public sealed class PersonModelTests
{
    private static EntraUser User(string upn, bool enabled = true) => Some.User(upn) with { AccountEnabled = enabled };

    private static AwsIamUser Iam(string name, string? email = null) => Some.IamUser(name) with
    {
        Tags = email is null ? null : new Dictionary<string, string> { ["EMAIL"] = email },
    };

    [Fact]
    public void The_mapping_file_wins_over_a_tag_which_wins_over_the_naming_convention()
    {
        var (alice, bob, carol) = (User("alice@contoso.example"), User("bob@contoso.example", enabled: false), User("carol@contoso.example"));
        var links = new IdentityLinkSettings
        {
            AwsNamingConvention = "{alias}",
            Mappings = [new IdentityMapping(null, "mapped", carol.UserPrincipalName, 1)],
        };
        var snapshot = SomeSnapshot.With(alice, bob, carol, Iam("mapped", alice.UserPrincipalName), Iam("tagged", bob.UserPrincipalName), Iam("alice"),
            Iam("nobody"), Iam("gone", "gone@contoso.example"));

        var people = PersonModel.Build(snapshot, links);

        var byName = people.AwsIdentities.ToDictionary(i => i.IamUser.UserName);
        (byName["mapped"].Person, byName["mapped"].LinkMethod).ShouldBe((carol, "mapping"));
        (byName["tagged"].State, byName["tagged"].LinkMethod).ShouldBe((LinkState.Disabled, "tag:EMAIL"));
        (byName["alice"].Person, byName["alice"].LinkMethod).ShouldBe((alice, "naming"));
        byName["nobody"].State.ShouldBe(LinkState.Unlinked);
        byName["gone"].State.ShouldBe(LinkState.Deleted);
        people.Persons.Single(p => p.User == alice).Aws.Single().IamUser.UserName.ShouldBe("alice");
        people.Persons.Single(p => p.User == carol).Aws.Single().IamUser.UserName.ShouldBe("mapped");
    }

    [Fact]
    public void A_link_to_a_user_not_found_is_unresolved_while_the_directory_is_incomplete()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraUsers, "403");
        var people = PersonModel.Build(SomeSnapshot.With(sources, Iam("gone", "gone@contoso.example")), IdentityLinkSettings.Default);

        people.AwsIdentities.Single().State.ShouldBe(LinkState.Unresolved);
    }

    [Fact]
    public void Azure_holders_attach_by_object_id_unread_groups_stay_groups_and_unknown_principals_are_deleted()
    {
        var alice = User("alice@contoso.example");
        var subscription = Some.AzureSubscription() with
        {
            DirectoryUsersRead = true,
            PrivilegedRoleHolders =
            [
                new AzureRoleHolder { PrincipalId = alice.Id.ToUpperInvariant(), PrincipalType = "User", RoleName = "Owner" },
                new AzureRoleHolder { PrincipalId = alice.Id, PrincipalType = "User", RoleName = "Contributor" },
                new AzureRoleHolder { PrincipalId = "group-1", PrincipalType = "Group", RoleName = "Owner" },
                new AzureRoleHolder { PrincipalId = "dead-1", PrincipalType = "Unknown", RoleName = "Contributor" },
                new AzureRoleHolder { PrincipalId = "gone-1", PrincipalType = "User", RoleName = "Contributor" },
            ],
        };

        var people = PersonModel.Build(SomeSnapshot.With(alice, subscription), IdentityLinkSettings.Default);

        var principals = people.AzurePrincipals.ToDictionary(p => p.PrincipalId.ToLowerInvariant());
        principals[alice.Id].Assignments.Count.ShouldBe(2);
        principals[alice.Id].User.ShouldBe(alice);
        (principals["group-1"].State, principals["group-1"].User).ShouldBe((LinkState.Unlinked, null));
        principals["dead-1"].State.ShouldBe(LinkState.Deleted);
        principals["gone-1"].State.ShouldBe(LinkState.Deleted);
        people.Persons.Single().Azure.Single().ShouldBe(principals[alice.Id]);
    }

    [Fact]
    public void A_group_principal_is_resolved_to_one_principal_per_member_holding_its_assignments()
    {
        var (alice, bob) = (User("alice@contoso.example"), User("bob@contoso.example", enabled: false));
        var group = new EntraGroup { SourceId = Some.EntraSource, TenantId = Some.TenantId, Id = "group-1", DisplayName = "Ops", MemberIds = [alice.Id, bob.Id, "gone-2"] };
        var unread = new EntraGroup { SourceId = Some.EntraSource, TenantId = Some.TenantId, Id = "group-2", MemberIds = null };
        var subscription = Some.AzureSubscription() with
        {
            DirectoryUsersRead = true,
            PrivilegedRoleHolders =
            [
                new AzureRoleHolder { PrincipalId = "group-1", PrincipalType = "Group", RoleName = "Owner" },
                new AzureRoleHolder { PrincipalId = "group-2", PrincipalType = "Group", RoleName = "Contributor" },
                new AzureRoleHolder { PrincipalId = alice.Id, PrincipalType = "User", RoleName = "Contributor" },
            ],
        };

        var people = PersonModel.Build(SomeSnapshot.With(alice, bob, group, unread, subscription), IdentityLinkSettings.Default);

        var members = people.AzurePrincipals.Where(p => p.ViaGroup).ToDictionary(p => p.PrincipalId);
        members.Keys.ShouldBe([alice.Id, bob.Id, "gone-2"], ignoreOrder: true);
        (members[bob.Id].State, members[bob.Id].User, members[bob.Id].GroupName).ShouldBe((LinkState.Disabled, bob, "group Ops"));
        members["gone-2"].State.ShouldBe(LinkState.Deleted);
        members[alice.Id].Assignments.Single().RoleName.ShouldBe("Owner");
        members[alice.Id].Resource.Id.ShouldBe($"group-1/members/{alice.Id}");
        people.AzurePrincipals.Single(p => p.PrincipalId == "group-1").MembersKnown.ShouldBeTrue();
        people.AzurePrincipals.Single(p => p.PrincipalId == "group-2").MembersKnown.ShouldBeFalse();
        var alicePerson = people.Persons.Single(p => p.User == alice);
        alicePerson.Azure.Count.ShouldBe(2);
        // group-2's members are unknown: anyone in the tenant may hold its role.
        alicePerson.NeedsGroupMembers.ShouldBeTrue();
        alicePerson.LinkedScopes.ShouldContain((Some.EntraSource, DataScope.Item(unread.Resource.Key)));
    }

    [Fact]
    public void Identity_Center_users_link_by_external_id_then_user_name_then_email()
    {
        var (alice, bob, carol) = (User("alice@contoso.example"), User("bob@contoso.example", enabled: false), User("carol@contoso.example"));
        var byId = Some.IdentityCenterUser("a.smith", alice.Id);
        var byName = Some.IdentityCenterUser("bob@contoso.example");
        var byMail = Some.IdentityCenterUser("csmith") with { Emails = ["nobody@elsewhere.example", "carol@contoso.example"] };
        var gone = Some.IdentityCenterUser("gone", "5b0d3f7e-9999-4c1c-8e8e-0123456789ab");
        var nobody = Some.IdentityCenterUser("nobody", "okta-00u1abcd");

        var people = PersonModel.Build(SomeSnapshot.With(alice, bob, carol, byId, byName, byMail, gone, nobody), IdentityLinkSettings.Default);

        var found = people.IdentityCenterIdentities.ToDictionary(i => i.User.UserName);
        (found["a.smith"].Person, found["a.smith"].LinkMethod, found["a.smith"].State).ShouldBe((alice, "externalId", LinkState.Active));
        (found["bob@contoso.example"].LinkMethod, found["bob@contoso.example"].State).ShouldBe(("userName", LinkState.Disabled));
        (found["csmith"].Person, found["csmith"].LinkTarget).ShouldBe((carol, "carol@contoso.example"));
        (found["gone"].State, found["gone"].LinkTarget).ShouldBe((LinkState.Deleted, "5b0d3f7e-9999-4c1c-8e8e-0123456789ab"));
        found["nobody"].State.ShouldBe(LinkState.Unlinked);
        people.Persons.Single(p => p.User == alice).IdentityCenter.Single().ShouldBe(found["a.smith"]);
        found["a.smith"].JoinedSources.ShouldBe([Some.EntraSource]);
    }

    [Fact]
    public void Whether_Identity_Center_is_in_use_comes_from_what_was_read_else_null()
    {
        var read = Some.AwsAccount() with { IdentityCenterInstances = [] };
        PersonModel.Build(SomeSnapshot.With(Some.IamUser()), IdentityLinkSettings.Default).AwsIdentities.Single().IdentityCenterInUse.ShouldBeNull();
        PersonModel.Build(SomeSnapshot.With(read, Some.IamUser()), IdentityLinkSettings.Default).AwsIdentities.Single().IdentityCenterInUse.ShouldBe(false);
        var inUse = PersonModel.Build(SomeSnapshot.With(read, Some.IamUser(), Some.IdentityCenterUser()), IdentityLinkSettings.Default).AwsIdentities.Single();
        (inUse.IdentityCenterInUse, inUse.IdentityCenterSources.Single()).ShouldBe((true, Some.AwsSource));
    }

    [Fact]
    public void A_mapping_file_line_names_the_person_of_an_Identity_Center_user_first()
    {
        var (alice, bob) = (User("alice@contoso.example"), User("bob@contoso.example"));
        var links = new IdentityLinkSettings { Mappings = [new IdentityMapping(Some.AccountId, "break-glass-admin", bob.UserPrincipalName, 3)] };

        var people = PersonModel.Build(SomeSnapshot.With(alice, bob, Some.IdentityCenterUser("break-glass-admin", alice.Id)), links);

        var identity = people.IdentityCenterIdentities.Single();
        (identity.Person, identity.LinkMethod).ShouldBe((bob, "mapping"));
    }
}
