using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class PermanentPrivilegedAssignmentRuleTests
{
    private static readonly DirectoryRoleAssignment PermanentGlobalAdmin = Some.Role(EntraRoleIds.GlobalAdministrator);
    private static readonly DirectoryRoleAssignment EligibleGlobalAdmin = Some.Role(EntraRoleIds.GlobalAdministrator, "eligible");

    [Fact]
    public void Eligible_or_time_bound_passes_and_permanent_active_fails()
    {
        var eligible = Some.User() with { Roles = [EligibleGlobalAdmin] };
        var timeBound = Some.User() with { Roles = [PermanentGlobalAdmin with { EndDateTime = Some.Now.AddDays(7) }] };
        var permanent = Some.User() with { Roles = [PermanentGlobalAdmin, Some.Role(EntraRoleIds.SecurityAdministrator, "eligible")] };

        var finding = RuleVerifier.Verify(new PermanentPrivilegedAssignmentRule(), SomeSnapshot.With(eligible, timeBound, permanent),
            Pass(eligible.Id), Pass(timeBound.Id), Fail(permanent.Id)).Findings.Single();

        finding.Observed["permanentRoles"].ShouldBe(new[] { "Global Administrator" });
        finding.Observed["eligibleRoles"].ShouldBe(new[] { "Security Administrator" });
        finding.Remediation!.ShouldContain($"principalId = '{permanent.Id}'; roleDefinitionId = '{EntraRoleIds.GlobalAdministrator}'");
    }

    [Fact]
    public void Permanent_assignment_through_a_group_fails_and_names_the_group()
    {
        var member = Some.User() with { Roles = [PermanentGlobalAdmin with { ViaGroupId = "group-tier0" }] };

        var finding = RuleVerifier.Verify(new PermanentPrivilegedAssignmentRule(), SomeSnapshot.With(member), Fail(member.Id)).Findings.Single();

        finding.Observed["viaGroups"].ShouldBe(new[] { "group-tier0" });
    }

    [Fact]
    public void Permanent_global_admin_through_a_break_glass_group_is_exempt_as_for_conditional_access()
    {
        var member = Some.User() with { Roles = [PermanentGlobalAdmin with { ViaGroupId = "group-break-glass" }] };
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["breakGlassAccounts"] = new List<string> { "group-break-glass" } },
        };

        RuleVerifier.Verify(new PermanentPrivilegedAssignmentRule(), SomeSnapshot.With(member), config,
            NotApplicable(member.Id, "break-glass account"));
    }

    [Fact]
    public void Permanent_non_privileged_roles_and_disabled_accounts_are_out_of_scope()
    {
        var reader = Some.User() with { Roles = [Some.Role("88d8e3e3-8f55-4a1e-953a-9b9898b8876b")] };
        var disabled = Some.User() with { AccountEnabled = false, Roles = [PermanentGlobalAdmin] };

        RuleVerifier.Verify(new PermanentPrivilegedAssignmentRule(), SomeSnapshot.With(reader, disabled), RuleNotApplicable("no resource is in scope (2 out of scope)"));
    }

    [Fact]
    public void Break_glass_accounts_are_not_applicable_with_the_reason()
    {
        var breakGlass = Some.User("bg@contoso.example") with { Roles = [PermanentGlobalAdmin] };
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["breakGlassAccounts"] = new List<string> { "bg@contoso.example" } },
        };

        RuleVerifier.Verify(new PermanentPrivilegedAssignmentRule(), SomeSnapshot.With(breakGlass), config, NotApplicable(breakGlass.Id, "permanent by design"));
    }

    [Fact]
    public void Without_pim_data_the_tenant_gets_one_error_never_a_pass()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraPim, "403 Forbidden: PIM requires Entra ID P2");
        var eligible = Some.User() with { Roles = [EligibleGlobalAdmin] };

        RuleVerifier.Verify(new PermanentPrivilegedAssignmentRule(), SomeSnapshot.With(sources, eligible, Some.User() with { Roles = [PermanentGlobalAdmin] }),
            Error(Some.EntraSource, "PIM requires Entra ID P2"));
    }

    [Fact]
    public void Unknown_account_state_is_an_error()
    {
        var unknown = Some.User() with { AccountEnabled = null, Roles = [PermanentGlobalAdmin] };

        RuleVerifier.Verify(new PermanentPrivilegedAssignmentRule(), SomeSnapshot.With(unknown), Error(unknown.Id, "accountEnabled was not reported"));
    }
}
