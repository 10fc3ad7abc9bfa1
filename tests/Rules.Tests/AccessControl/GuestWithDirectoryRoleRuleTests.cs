using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class GuestWithDirectoryRoleRuleTests
{
    private const string DirectoryReaders = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";

    [Fact]
    public void Member_with_a_role_passes_and_guest_with_a_role_fails()
    {
        var member = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] };
        var guest = Some.User() with { UserType = "Guest", Roles = [Some.Role(EntraRoleIds.GlobalAdministrator, "eligible")] };

        var finding = RuleVerifier.Verify(new GuestWithDirectoryRoleRule(), SomeSnapshot.With(member, guest), Pass(member.Id), Fail(guest.Id)).Findings.Single();

        finding.Observed["roles"].ShouldBe(new[] { "Global Administrator" });
        finding.Observed["holdsPrivilegedRole"].ShouldBe(true);
        finding.Remediation!.ShouldContain($"-Filter 'principalId eq ''{guest.Id}'''");
    }

    [Fact]
    public void Guest_recognised_by_ext_in_the_upn_and_any_role_counts_even_through_a_group()
    {
        var external = Some.User("partner_fabrikam.example#EXT#@contoso.example") with { Roles = [Some.Role(DirectoryReaders) with { ViaGroupId = "g1" }] };

        var finding = RuleVerifier.Verify(new GuestWithDirectoryRoleRule(), SomeSnapshot.With(external), Fail(external.Id)).Findings.Single();

        finding.Observed["holdsPrivilegedRole"].ShouldBe(false);
        finding.Observed["roles"].ShouldBe(new[] { "Directory Readers" });
    }

    [Fact]
    public void Users_without_roles_are_out_of_scope()
    {
        var guest = Some.User() with { UserType = "Guest" };

        RuleVerifier.Verify(new GuestWithDirectoryRoleRule(), SomeSnapshot.With(guest, Some.User()), RuleNotApplicable("no resource is in scope (2 out of scope)"));
    }

    [Fact]
    public void Role_assignments_not_collected_give_one_error_for_the_tenant()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraDirectoryRoles, "403 Forbidden: RoleManagement.Read.Directory");

        RuleVerifier.Verify(new GuestWithDirectoryRoleRule(), SomeSnapshot.With(sources, Some.User() with { UserType = "Guest" }), Error(Some.EntraSource, "403 Forbidden"));
    }
}
