using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using ComplianceEngine.Rules.TenantSettings;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.TenantSettings;

/// <summary>ENT-PIM-01..03 (MS.AAD.7.7v1–7.9v1) and ENT-PRIV-10 (MS.AAD.7.2v1).</summary>
public sealed class PrivilegeRulesTests
{
    [Fact]
    public void Alerts_configured_for_every_highly_privileged_role_pass()
    {
        var snapshot = SomeSnapshot.With(CompliantTenant.Create());

        RuleVerifier.Verify(new PimAssignmentAlertRule(), snapshot, Pass(Some.TenantId));
        RuleVerifier.Verify(new PimGlobalAdminActivationAlertRule(), snapshot, Pass(Some.TenantId));
        RuleVerifier.Verify(new PimOtherActivationAlertRule(), snapshot, Pass(Some.TenantId));
    }

    [Theory]
    [InlineData(true, false, "Security Administrator (active)")]
    [InlineData(false, true, "Security Administrator (eligible)")]
    public void An_assignment_without_extra_recipients_fails_naming_role_and_kind(bool activeEmpty, bool eligibleEmpty, string expected)
    {
        var tenant = CompliantTenant.Create() with
        {
            PimNotifications =
            [
                CompliantTenant.Alerts(EntraRoleIds.GlobalAdministrator),
                CompliantTenant.Alerts(EntraRoleIds.SecurityAdministrator, active: activeEmpty ? [] : null, eligible: eligibleEmpty ? [] : null),
            ],
        };

        var evaluation = RuleVerifier.Verify(new PimAssignmentAlertRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId));

        evaluation.Findings.Single().Observed["rolesWithoutAlert"].ShouldBe(expected);
    }

    [Fact]
    public void Activation_alerts_are_judged_for_global_admin_and_the_others_separately()
    {
        var gaSilent = CompliantTenant.Create() with
        {
            PimNotifications = [CompliantTenant.Alerts(EntraRoleIds.GlobalAdministrator, activation: []), CompliantTenant.Alerts(EntraRoleIds.SecurityAdministrator)],
        };
        var otherSilent = CompliantTenant.Create() with
        {
            PimNotifications = [CompliantTenant.Alerts(EntraRoleIds.GlobalAdministrator), CompliantTenant.Alerts(EntraRoleIds.SecurityAdministrator) with { ActivationRecipients = null }],
        };

        RuleVerifier.Verify(new PimGlobalAdminActivationAlertRule(), SomeSnapshot.With(gaSilent), Fail(Some.TenantId));
        RuleVerifier.Verify(new PimOtherActivationAlertRule(), SomeSnapshot.With(gaSilent), Pass(Some.TenantId));
        RuleVerifier.Verify(new PimGlobalAdminActivationAlertRule(), SomeSnapshot.With(otherSilent), Pass(Some.TenantId));
        RuleVerifier.Verify(new PimOtherActivationAlertRule(), SomeSnapshot.With(otherSilent), Fail(Some.TenantId));
    }

    [Fact]
    public void Without_pim_the_alert_rules_are_not_applicable_never_a_pass()
    {
        var snapshot = SomeSnapshot.With(CompliantTenant.Create() with { PimAvailable = false, PimNotifications = [] });

        RuleVerifier.Verify(new PimAssignmentAlertRule(), snapshot, NotApplicable(Some.TenantId, "Entra ID P2"));
        RuleVerifier.Verify(new PimGlobalAdminActivationAlertRule(), snapshot, NotApplicable(Some.TenantId, "Entra ID P2"));
        RuleVerifier.Verify(new PimOtherActivationAlertRule(), snapshot, NotApplicable(Some.TenantId, "Entra ID P2"));
    }

    [Fact]
    public void Alert_rules_not_reported_are_errors()
    {
        RuleVerifier.Verify(new PimAssignmentAlertRule(), SomeSnapshot.With(CompliantTenant.Create() with { PimNotifications = null }), Error(Some.TenantId, "were not reported"));
        // Global Administrator's policy missing from a complete read: undecided, not a pass.
        RuleVerifier.Verify(new PimGlobalAdminActivationAlertRule(),
            SomeSnapshot.With(CompliantTenant.Create() with { PimNotifications = [CompliantTenant.Alerts(EntraRoleIds.SecurityAdministrator)] }), Error(Some.TenantId, "were not reported"));
        RuleVerifier.Verify(new PimOtherActivationAlertRule(),
            SomeSnapshot.With(SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraPimPolicies, "403 Forbidden: RoleManagementPolicy.Read.Directory"), CompliantTenant.Create()),
            Error(Some.EntraSource, "403 Forbidden"));
    }

    private static Fact[] Tenant(int globalAdmins, int otherAdmins, int both = 0) =>
    [
        Some.Tenant(),
        .. Enumerable.Range(0, globalAdmins).Select(_ => Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator, "eligible")] }),
        .. Enumerable.Range(0, otherAdmins).Select(_ => Some.User() with { Roles = [Some.Role(EntraRoleIds.ExchangeAdministrator)] }),
        .. Enumerable.Range(0, both).Select(_ => Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator), Some.Role(EntraRoleIds.UserAdministrator)] }),
        Some.User() with { Roles = [Some.Role("f2ef992c-3afb-46b9-b7cf-a126ee74c451")] }, // Global Reader: not highly privileged
        Some.User() with { AccountEnabled = false, Roles = [Some.Role(EntraRoleIds.SecurityAdministrator)] },
    ];

    [Theory]
    [InlineData(2, 2, 0, true)]
    [InlineData(2, 5, 0, true)]
    [InlineData(3, 2, 0, false)]
    [InlineData(1, 1, 1, false)]
    public void Global_admins_must_not_outnumber_the_finer_grained_privileged_users(int globalAdmins, int others, int both, bool passes)
    {
        var evaluation = RuleVerifier.Verify(new LeastPrivilegeRule(), SomeSnapshot.With(Tenant(globalAdmins, others, both)), passes ? Pass(Some.TenantId) : Fail(Some.TenantId));

        evaluation.All.Single().Observed["globalAdminCount"].ShouldBe(globalAdmins + both);
        evaluation.All.Single().Observed["otherPrivilegedCount"].ShouldBe(others);
    }

    [Fact]
    public void Roles_not_collected_are_an_error()
    {
        RuleVerifier.Verify(new LeastPrivilegeRule(), SomeSnapshot.With(SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraPim, "403 Forbidden"), Tenant(1, 3)),
            Error(Some.EntraSource, "403 Forbidden"));
    }
}
