using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.People;

namespace ComplianceEngine.Engine.Tests.People;

public sealed class AccessReviewTests
{
    private static AzureSubscription HeldBy(params string[] groups) => Some.AzureSubscription() with
    {
        DirectoryUsersRead = true,
        PrivilegedRoleHolders = [.. groups.Select(g => new AzureRoleHolder { PrincipalId = g, PrincipalType = "Group", RoleName = "Contributor" })],
    };

    [Fact]
    public void A_groups_azure_role_is_one_row_per_member_and_the_group_row_stays_only_while_its_members_are_unknown()
    {
        var (alice, bob) = (Some.User("alice@contoso.example"), Some.User("bob@contoso.example") with { AccountEnabled = false });
        var read = new EntraGroup { SourceId = Some.EntraSource, TenantId = Some.TenantId, Id = "group-1", DisplayName = "Ops, <admins>", MemberIds = [alice.Id, bob.Id] };
        var refused = new EntraGroup { SourceId = Some.EntraSource, TenantId = Some.TenantId, Id = "group-2", DisplayName = "Secret", MemberIds = null };

        var rows = AccessReview.Of(SomeSnapshot.With(alice, bob, read, refused, HeldBy("group-1", "group-2")), IdentityLinkSettings.Default)
            .Where(r => r.Provider == "azure").ToList();

        rows.Select(r => (r.Person, r.PersonState, r.HeldThrough)).ShouldBe(
        [
            ("(group Secret: members unknown)", "group", "direct (Group)"),
            (alice.UserPrincipalName, "enabled", "group Ops, <admins>"),
            (bob.UserPrincipalName, "disabled", "group Ops, <admins>"),
        ], ignoreOrder: true);
        rows.ShouldAllBe(r => r.GrantType == "Azure RBAC" && r.Grant == "Contributor");
    }

    [Fact]
    public void Service_principals_holding_a_highly_privileged_directory_role_get_rows_named_as_the_directory_names_the_role()
    {
        var admin = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] };
        var tenant = Some.Tenant() with
        {
            ServicePrincipalRoles =
            [
                new ServicePrincipalRoleHolder { Id = "sp-1", DisplayName = "Migration tool", AppId = "app-1", ServicePrincipalType = "Application", RoleTemplateIds = [EntraRoleIds.GlobalAdministrator] },
                new ServicePrincipalRoleHolder { Id = "sp-2", DisplayName = "Reader", ServicePrincipalType = "ManagedIdentity", RoleTemplateIds = ["88d8e3e3-8f55-4a1e-953a-9b9898b8876b"] },
            ],
        };

        var rows = AccessReview.Of(SomeSnapshot.With(tenant, admin), IdentityLinkSettings.Default).Where(r => r.PersonState == "service principal").ToList();

        var row = rows.ShouldHaveSingleItem();
        (row.Person, row.Grant, row.GrantType, row.Identity, row.HeldThrough, row.Mfa).ShouldBe(
            ("(service principal Migration tool)", admin.Roles[0].RoleName ?? EntraRoleIds.GlobalAdministrator, "Entra role (active)", "sp-1 (app app-1)", "direct (Application)", "n/a"));
    }
}
