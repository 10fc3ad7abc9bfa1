using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class SyncedPrivilegedAccountRuleTests
{
    private static readonly ComplianceEngine.Engine.Facts.Entra.DirectoryRoleAssignment SecurityAdmin = Some.Role(EntraRoleIds.SecurityAdministrator, "eligible");

    [Fact]
    public void Cloud_only_admin_passes_synced_admin_fails()
    {
        var cloudOnly = Some.User() with { Roles = [SecurityAdmin] };
        var synced = Some.User() with { Roles = [SecurityAdmin], OnPremisesSyncEnabled = true, OnPremisesImmutableId = "aGVsbG8=" };

        var finding = RuleVerifier.Verify(new SyncedPrivilegedAccountRule(), SomeSnapshot.With(cloudOnly, synced), Pass(cloudOnly.Id), Fail(synced.Id)).Findings.Single();

        finding.Observed["privilegedRoles"].ShouldBe(new[] { "Security Administrator" });
        finding.Remediation!.ShouldContain("onmicrosoft.com");
    }

    [Fact]
    public void An_immutable_id_alone_marks_an_on_premises_account()
    {
        var formerlySynced = Some.User() with { Roles = [SecurityAdmin], OnPremisesImmutableId = "aGVsbG8=" };

        var finding = RuleVerifier.Verify(new SyncedPrivilegedAccountRule(), SomeSnapshot.With(formerlySynced), Fail(formerlySynced.Id)).Findings.Single();

        finding.Observed["hasOnPremisesImmutableId"].ShouldBe(true);
    }

    [Fact]
    public void Non_privileged_and_disabled_accounts_are_out_of_scope()
    {
        var synced = Some.User() with { OnPremisesSyncEnabled = true, Roles = [Some.Role("88d8e3e3-8f55-4a1e-953a-9b9898b8876b")] };
        var disabled = Some.User() with { AccountEnabled = false, OnPremisesSyncEnabled = true, Roles = [SecurityAdmin] };

        RuleVerifier.Verify(new SyncedPrivilegedAccountRule(), SomeSnapshot.With(synced, disabled), RuleNotApplicable("no resource is in scope (2 out of scope)"));
    }

    [Fact]
    public void Unknown_account_state_is_an_error_and_missing_users_one_error_for_the_tenant()
    {
        var unknown = Some.User() with { AccountEnabled = null, Roles = [SecurityAdmin] };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraUsers, "truncated body");

        RuleVerifier.Verify(new SyncedPrivilegedAccountRule(), SomeSnapshot.With(unknown), Error(unknown.Id, "accountEnabled was not reported"));
        RuleVerifier.Verify(new SyncedPrivilegedAccountRule(), SomeSnapshot.With(sources, unknown), Error(Some.EntraSource, "truncated body"));
    }

    [Fact]
    public void Privileged_role_set_is_a_parameter()
    {
        var synced = Some.User() with { OnPremisesSyncEnabled = true, Roles = [Some.Role("729827e3-9c14-49f7-bb1b-9608f156bbb8")] };
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["privilegedRoles"] = new List<string> { "729827e3-9c14-49f7-bb1b-9608f156bbb8" } },
        };

        RuleVerifier.Verify(new SyncedPrivilegedAccountRule(), SomeSnapshot.With(synced), config, Fail(synced.Id));
    }

    [Fact]
    public void Without_PIM_data_an_active_synced_admin_still_fails_and_everyone_else_is_unknown()
    {
        var active = Some.User() with { OnPremisesSyncEnabled = true, Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] };
        var eligible = Some.User() with { OnPremisesSyncEnabled = true, Roles = [Some.Role(EntraRoleIds.GlobalAdministrator, "eligible")] };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraPim, "403 Forbidden");

        var evaluation = RuleVerifier.Verify(new SyncedPrivilegedAccountRule(), SomeSnapshot.With(sources, active, eligible),
            Fail(active.Id), Error(Some.EntraSource, "entra.pim"));

        // The eligible admin is not dropped: the source's Error stands for it.
        evaluation.Findings.Single(f => f.Outcome == Engine.Evaluation.Outcome.Error).Observed["affected"].ShouldBe(new[] { eligible.Resource.Key });
    }

    [Fact]
    public void The_new_admin_account_is_named_after_the_user_and_only_the_password_is_left_to_the_admin()
    {
        var onFederatedDomain = Some.User("yui.tanaka@sample.co.jp") with { DisplayName = "Yui Tanaka", Roles = [SecurityAdmin], OnPremisesSyncEnabled = true };
        var onInitialDomain = Some.User("o'brien@contoso.onmicrosoft.com") with { DisplayName = null, Roles = [SecurityAdmin], OnPremisesSyncEnabled = true };

        var evaluation = RuleVerifier.Verify(new SyncedPrivilegedAccountRule(), SomeSnapshot.With(onFederatedDomain, onInitialDomain), Fail(onFederatedDomain.Id), Fail(onInitialDomain.Id));

        var federated = evaluation.Findings.Single(f => f.Resource.Id == onFederatedDomain.Id).Remediation!;
        federated.ShouldContain("-DisplayName 'Yui Tanaka (admin)' -UserPrincipalName 'adm-yui.tanaka@<tenant>.onmicrosoft.com' -MailNickname 'adm-yui.tanaka'");
        federated.ShouldNotContain("<name>");
        federated.ShouldContain("Password = '<temporary password>'");
        var initial = evaluation.Findings.Single(f => f.Resource.Id == onInitialDomain.Id).Remediation!;
        initial.ShouldContain("-DisplayName 'o''brien (admin)' -UserPrincipalName 'adm-o''brien@contoso.onmicrosoft.com' -MailNickname 'adm-o''brien'");
    }

    [Fact]
    public void The_new_admin_account_is_on_the_tenants_onmicrosoft_domain_read_from_its_verified_domains()
    {
        var tenant = Some.Tenant() with { VerifiedDomains = ["contoso.co.jp", "contoso.mail.onmicrosoft.com", "contoso.onmicrosoft.com"] };
        var synced = Some.User("yui.tanaka@contoso.co.jp") with { DisplayName = "Yui Tanaka", Roles = [SecurityAdmin], OnPremisesSyncEnabled = true };

        var finding = RuleVerifier.Verify(new SyncedPrivilegedAccountRule(), SomeSnapshot.With(tenant, synced), Fail(synced.Id)).Findings.Single();

        finding.Remediation!.ShouldContain("-UserPrincipalName 'adm-yui.tanaka@contoso.onmicrosoft.com'");
        finding.Remediation!.ShouldNotContain("<tenant>");
    }
}
