using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class AzureGuestPrivilegedRoleRuleTests
{
    private static AzureSubscription WithHolders(params AzureRoleHolder[] holders) => Some.AzureSubscription() with { PrivilegedRoleHolders = holders };

    [Fact]
    public void Member_owners_pass()
    {
        RuleVerifier.Verify(new AzureGuestPrivilegedRoleRule(), SomeSnapshot.With(Some.AzureSubscription()), Pass(Some.SubscriptionId));
    }

    [Theory]
    [InlineData("Owner")]
    [InlineData("User Access Administrator")]
    public void Guest_holding_a_role_that_grants_access_fails(string role)
    {
        var guest = Some.RoleHolder(role, "Guest");

        var finding = RuleVerifier.Verify(new AzureGuestPrivilegedRoleRule(), SomeSnapshot.With(WithHolders(Some.RoleHolder("Owner"), guest)),
            Fail(Some.SubscriptionId)).Findings.Single();

        finding.Message.ShouldBe($"Azure subscription Contoso Production has guests holding roles that can grant any access: {guest.PrincipalId} (User, guest): {role}.");
        finding.Remediation!.ShouldStartWith($"az role assignment delete --assignee {guest.PrincipalId} --role {(role.Contains(' ') ? $"'{role}'" : role)} --scope /subscriptions/{Some.SubscriptionId}");
    }

    [Fact]
    public void Guest_marked_only_by_the_collector_flag_fails_too()
    {
        var guest = Some.RoleHolder("Owner", "Guest") with { UserType = null };

        RuleVerifier.Verify(new AzureGuestPrivilegedRoleRule(), SomeSnapshot.With(WithHolders(guest)), Fail(Some.SubscriptionId));
    }

    [Fact]
    public void Guest_holding_only_contributor_passes()
    {
        RuleVerifier.Verify(new AzureGuestPrivilegedRoleRule(), SomeSnapshot.With(WithHolders(Some.RoleHolder("Contributor", "Guest"))), Pass(Some.SubscriptionId));
    }

    [Fact]
    public void User_owner_whose_guest_status_was_not_resolved_is_an_error_not_a_pass()
    {
        var unresolved = Some.RoleHolder("Owner") with { UserType = null };

        RuleVerifier.Verify(new AzureGuestPrivilegedRoleRule(), SomeSnapshot.With(WithHolders(Some.RoleHolder("Owner"), unresolved)),
            Error(Some.SubscriptionId, "whether 1 user(s) holding Owner or User Access Administrator are guests is unknown"));
    }

    [Fact]
    public void Without_an_Entra_source_for_the_tenant_the_error_says_to_add_one()
    {
        var subscription = WithHolders(Some.RoleHolder("Owner") with { UserType = null }) with { DirectoryUsersRead = false };

        RuleVerifier.Verify(new AzureGuestPrivilegedRoleRule(), SomeSnapshot.With(subscription),
            Error(Some.SubscriptionId, $"no Entra ID source in this scan read the users of tenant {Some.TenantId} completely; add one for that tenant to sources.entra in rules.json"));
    }

    [Fact]
    public void Known_guest_fails_even_when_another_holder_is_unresolved()
    {
        var guest = Some.RoleHolder("Owner", "Guest");
        var unresolved = Some.RoleHolder("Owner") with { UserType = null };

        var finding = RuleVerifier.Verify(new AzureGuestPrivilegedRoleRule(), SomeSnapshot.With(WithHolders(guest, unresolved)),
            Fail(Some.SubscriptionId)).Findings.Single();

        finding.Observed["unresolvedUserHolders"].ShouldBe(new List<string> { $"{unresolved.PrincipalId} (User): Owner" });
    }

    [Fact]
    public void Groups_and_service_principals_need_no_guest_status()
    {
        var group = Some.RoleHolder("Owner") with { PrincipalType = "Group", UserType = null };
        var pipeline = Some.RoleHolder("User Access Administrator") with { PrincipalType = "ServicePrincipal", UserType = null };

        RuleVerifier.Verify(new AzureGuestPrivilegedRoleRule(), SomeSnapshot.With(WithHolders(group, pipeline)), Pass(Some.SubscriptionId));
    }

    [Fact]
    public void Role_holders_not_collected_are_an_error()
    {
        RuleVerifier.Verify(new AzureGuestPrivilegedRoleRule(), SomeSnapshot.With(Some.AzureSubscription() with { PrivilegedRoleHolders = null }),
            Error(Some.SubscriptionId, "role assignments were not read"));
    }

    [Fact]
    public void Role_assignments_dataset_gap_gives_an_error_for_the_source()
    {
        var sources = SomeSnapshot.WithGap(Some.AzureSource, Datasets.AzureRoleAssignments, "403 Forbidden: Microsoft.Authorization/roleAssignments/read");

        RuleVerifier.Verify(new AzureGuestPrivilegedRoleRule(), SomeSnapshot.With(sources, Some.AzureSubscription()), Error(Some.AzureSource, "403 Forbidden"));
    }
}
