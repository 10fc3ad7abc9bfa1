using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class GlobalAdminCountRuleTests
{
    private static Fact[] TenantWithAdmins(int count) =>
        [Some.Tenant(), .. Enumerable.Range(0, count).Select(_ => Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] })];

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Count_must_be_between_two_and_four_inclusive(int admins, bool passes)
    {
        var evaluation = RuleVerifier.Verify(new GlobalAdminCountRule(), SomeSnapshot.With(TenantWithAdmins(admins)),
            passes ? Pass(Some.TenantId) : Fail(Some.TenantId));

        evaluation.All.Single().Observed["globalAdminCount"].ShouldBe(admins);
    }

    [Fact]
    public void A_tenant_with_no_global_admin_at_all_fails()
    {
        RuleVerifier.Verify(new GlobalAdminCountRule(), SomeSnapshot.With(Some.Tenant(), Some.User()), Fail(Some.TenantId));
    }

    [Fact]
    public void Eligible_and_group_assignments_count_once_per_person_and_disabled_accounts_do_not_count()
    {
        var both = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator), Some.Role(EntraRoleIds.GlobalAdministrator, "eligible") with { ViaGroupId = "g1" }] };
        var eligible = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator, "eligible")] };
        var disabled = Some.User() with { AccountEnabled = false, Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] };

        var evaluation = RuleVerifier.Verify(new GlobalAdminCountRule(), SomeSnapshot.With(Some.Tenant(), both, eligible, disabled), Pass(Some.TenantId));

        evaluation.Passes.Single().Observed["globalAdminCount"].ShouldBe(2);
    }

    [Fact]
    public void Range_is_configurable_per_profile()
    {
        var config = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["ENT-PRIV-01"] = new Dictionary<string, object> { ["maxGlobalAdmins"] = 8 },
            },
        };

        RuleVerifier.Verify(new GlobalAdminCountRule(), SomeSnapshot.With(TenantWithAdmins(8)), config, Pass(Some.TenantId));
    }

    [Fact]
    public void Role_assignments_not_collected_give_an_error_not_a_count_of_zero()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraDirectoryRoles, "403 Forbidden: RoleManagement.Read.Directory");

        RuleVerifier.Verify(new GlobalAdminCountRule(), SomeSnapshot.With(sources, TenantWithAdmins(3)), Error(Some.EntraSource, "403 Forbidden"));
    }

    [Fact]
    public void Without_PIM_data_a_count_above_the_maximum_is_a_certain_failure_of_at_least_that_many()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraPim, "403 Forbidden: roleEligibilitySchedules");

        var finding = RuleVerifier.Verify(new GlobalAdminCountRule(), SomeSnapshot.With(sources, TenantWithAdmins(6)), Fail(Some.TenantId)).Findings.Single();

        finding.Message.ShouldStartWith($"Contoso has at least 6 Global Administrators; allowed 2–4. (Decided on partial data: entra.pim from {Some.EntraSource} is failed:");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Without_PIM_data_a_count_within_or_below_the_range_is_unknown_never_a_pass(int admins)
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraPim, "403 Forbidden: roleEligibilitySchedules");

        RuleVerifier.Verify(new GlobalAdminCountRule(), SomeSnapshot.With(sources, TenantWithAdmins(admins)), Error(Some.EntraSource, "entra.pim"));
    }

    [Fact]
    public void No_tenant_fact_means_nothing_to_count()
    {
        RuleVerifier.Verify(new GlobalAdminCountRule(), SomeSnapshot.With(Some.User()), RuleNotApplicable("no resource is in scope (0 out of scope)"));
    }
}
