using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;

namespace ComplianceEngine.Collectors.Tests.Entra;

/// <summary>
/// The tenant settings the MS.AAD rules read: authorization policy, authentication methods policy, admin consent
/// workflow, directory settings, domains, and the highly privileged roles' PIM alert rules — each its own dataset.
/// </summary>
public sealed class EntraSettingsTests
{
    private const string SecurityAdministrator = "194ae4cb-b126-40b2-bd5b-6091b380977d";

    [Fact]
    public async Task A_compliant_tenant_reaches_the_fact_in_the_wire_spelling()
    {
        await using var harness = await EntraHarness.StartAsync();

        var (status, facts) = await harness.CollectAsync();

        var tenant = facts.EntraTenants.Single();
        var authorization = tenant.Authorization.ShouldNotBeNull();
        authorization.AllowedToCreateApps.ShouldBe(false);
        authorization.PermissionGrantPoliciesAssigned.ShouldBe(["ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"]);
        authorization.GuestUserRoleId.ShouldBe("2af84b1e-32c8-42b7-82bc-daa82404023b");
        authorization.AllowInvitesFrom.ShouldBe("adminsAndGuestInviters");
        var methods = tenant.AuthenticationMethods.ShouldNotBeNull();
        methods.PolicyMigrationState.ShouldBe("migrationComplete");
        methods.Methods.Select(m => $"{m.Id}:{m.State}").ShouldBe(["Email:disabled", "Fido2:enabled", "MicrosoftAuthenticator:enabled", "Sms:disabled", "Voice:disabled"]);
        var authenticator = methods.Methods.Single(m => m.Id == "MicrosoftAuthenticator");
        authenticator.DisplayAppInformation.ShouldBe(new() { State = "enabled", IncludeTarget = "all_users" });
        authenticator.DisplayLocationInformation!.IsOnForAllUsers.ShouldBeTrue();
        authenticator.SoftwareOathEnabled.ShouldBe(false);
        tenant.AdminConsent.ShouldBe(new() { IsEnabled = true, ReviewerCount = 1 });
        tenant.GroupSpecificConsentEnabled.ShouldBe(false);
        tenant.Domains.ShouldNotBeNull().Select(d => $"{d.Id}:{d.PasswordValidityPeriodInDays}").ShouldBe(
            ["contoso.example:2147483647", "contoso.onmicrosoft.example:2147483647"]);
        var alerts = tenant.PimNotifications.ShouldNotBeNull();
        alerts.Select(a => a.RoleTemplateId).ShouldBe([SecurityAdministrator, EntraRoleIds.GlobalAdministrator]);
        alerts.ShouldAllBe(a => a.ActivationRecipients!.Single() == "soc@contoso.example" && a.EligibleAssignmentRecipients!.Count == 1);
        status.Status.ShouldBe(CollectionState.Complete);
        foreach (var endpoint in SettingsEndpoints)
            harness.Graph.Calls(endpoint).ShouldBe(1);
    }

    [Fact]
    public async Task A_non_compliant_tenant_is_reported_as_it_is()
    {
        var tenant = EntraTestTenant.Create();
        tenant.AuthorizationPolicy = new FakeAuthorizationPolicy
        {
            AllowedToCreateApps = true, AllowInvitesFrom = "everyone", GuestUserRoleId = "a0b1b346-4d3e-4e8b-98f8-753987be4970",
            PermissionGrantPoliciesAssigned = ["ManagePermissionGrantsForSelf.microsoft-user-default-legacy"],
        };
        tenant.AuthenticationMethods = new FakeAuthenticationMethods
        {
            PolicyMigrationState = "migrationInProgress", AppInformationState = "default", FeatureTarget = "0c0a0000-0000-4000-8000-000000000001", SoftwareOathEnabled = true,
            States = new() { ["MicrosoftAuthenticator"] = "enabled", ["Sms"] = "enabled", ["Voice"] = "disabled" },
        };
        tenant.AdminConsent = new FakeAdminConsent { IsEnabled = false, ReviewerQueries = [] };
        tenant.GroupSettings.Add(new FakeGroupSetting("gs-1", "dffd5d46-495d-40a9-8e21-954ff55e198a", "Consent Policy Settings")
        {
            Values = new() { ["EnableGroupSpecificConsent"] = "True", ["BlockUserConsentForRiskyApps"] = "true" },
        });
        tenant.Domains.Add(new FakeDomain("eu.contoso.example") { PasswordValidityPeriodInDays = 90 });
        tenant.RolePolicies[EntraRoleIds.GlobalAdministrator] = new FakeRolePolicy(true) { ActivationAlertRecipients = [], AssignmentAlertRecipients = null };
        await using var harness = await EntraHarness.StartAsync(tenant);

        var fact = (await harness.CollectAsync()).Facts.EntraTenants.Single();

        fact.Authorization.ShouldBe(new()
        {
            AllowedToCreateApps = true, AllowInvitesFrom = "everyone", GuestUserRoleId = "a0b1b346-4d3e-4e8b-98f8-753987be4970",
            PermissionGrantPoliciesAssigned = fact.Authorization!.PermissionGrantPoliciesAssigned,
        });
        fact.Authorization.PermissionGrantPoliciesAssigned.ShouldBe(["ManagePermissionGrantsForSelf.microsoft-user-default-legacy"]);
        fact.AuthenticationMethods!.PolicyMigrationState.ShouldBe("migrationInProgress");
        var authenticator = fact.AuthenticationMethods.Methods.Single(m => m.Id == "MicrosoftAuthenticator");
        authenticator.DisplayAppInformation.ShouldBe(new() { State = "default", IncludeTarget = "0c0a0000-0000-4000-8000-000000000001" });
        authenticator.SoftwareOathEnabled.ShouldBe(true);
        fact.AuthenticationMethods.Methods.Single(m => m.Id == "Sms").IsEnabled.ShouldBeTrue();
        fact.AdminConsent.ShouldBe(new() { IsEnabled = false, ReviewerCount = 0 });
        fact.GroupSpecificConsentEnabled.ShouldBe(true);
        fact.Domains!.Single(d => d.Id == "eu.contoso.example").PasswordValidityPeriodInDays.ShouldBe(90);
        var ga = fact.PimNotifications!.Single(n => n.RoleTemplateId == EntraRoleIds.GlobalAdministrator);
        ga.ActivationRecipients.ShouldBeEmpty();
        ga.ActiveAssignmentRecipients.ShouldBeNull();
    }

    [Fact]
    public async Task Directory_settings_and_domains_are_read_page_by_page()
    {
        var tenant = EntraTestTenant.Create();
        for (var i = 0; i < 3; i++)
            tenant.GroupSettings.Add(new FakeGroupSetting($"gs-{i}", $"00000000-0000-4000-8000-00000000000{i}", $"Setting {i}"));
        tenant.GroupSettings.Add(new FakeGroupSetting("gs-consent", "dffd5d46-495d-40a9-8e21-954ff55e198a", "Consent Policy Settings")
        {
            Values = new() { ["EnableGroupSpecificConsent"] = "true" },
        });
        tenant.Domains.Add(new FakeDomain("sub.contoso.example"));
        await using var harness = await EntraHarness.StartAsync(tenant);
        harness.Graph.PageSizes[GraphEndpoints.GroupSettings] = 2;
        harness.Graph.PageSizes[GraphEndpoints.Domains] = 1;

        var (status, facts) = await harness.CollectAsync();

        facts.EntraTenants.Single().GroupSpecificConsentEnabled.ShouldBe(true);
        facts.EntraTenants.Single().Domains!.Count.ShouldBe(3);
        harness.Graph.Calls(GraphEndpoints.GroupSettings).ShouldBe(2);
        harness.Graph.Calls(GraphEndpoints.Domains).ShouldBe(3);
        status.Datasets.Single(d => d.Name == Datasets.EntraDirectorySettings).ItemCount.ShouldBe(4);
        status.Datasets.Single(d => d.Name == Datasets.EntraDomains).ItemCount.ShouldBe(3);
    }

    [Fact]
    public async Task Every_directory_roles_policy_is_read_page_by_page_and_only_the_highly_privileged_ones_are_kept()
    {
        var tenant = EntraTestTenant.Create();
        tenant.RolePolicies[EntraRoleIds.ExchangeAdministrator] = new FakeRolePolicy(false) { EligibilityAlertRecipients = [] };
        tenant.RolePolicies["f2ef992c-3afb-46b9-b7cf-a126ee74c451"] = new FakeRolePolicy(false); // Global Reader
        await using var harness = await EntraHarness.StartAsync(tenant);
        harness.Graph.PageSizes[GraphEndpoints.RoleManagementPolicyAssignments] = 1;

        var (status, facts) = await harness.CollectAsync();

        var fact = facts.EntraTenants.Single();
        fact.PimNotifications!.Select(n => n.RoleTemplateId).ShouldBe([SecurityAdministrator, EntraRoleIds.ExchangeAdministrator, EntraRoleIds.GlobalAdministrator]);
        fact.PimNotifications!.Single(n => n.RoleTemplateId == EntraRoleIds.ExchangeAdministrator).EligibleAssignmentRecipients.ShouldBeEmpty();
        fact.GlobalAdminActivationRequiresApproval.ShouldBe(true);
        harness.Graph.Calls(GraphEndpoints.RoleManagementPolicyAssignments).ShouldBe(4);
        status.Datasets.Single(d => d.Name == Datasets.EntraPimPolicies).ItemCount.ShouldBe(4);
        status.Status.ShouldBe(CollectionState.Complete);
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { GraphEndpoints.AuthorizationPolicy, Datasets.EntraAuthorizationPolicy, "Policy.Read.All" },
        { GraphEndpoints.AuthenticationMethodsPolicy, Datasets.EntraAuthenticationMethodsPolicy, "Policy.Read.All" },
        { GraphEndpoints.AdminConsentRequestPolicy, Datasets.EntraAdminConsentPolicy, "Policy.Read.All" },
        { GraphEndpoints.GroupSettings, Datasets.EntraDirectorySettings, "Directory.Read.All" },
        { GraphEndpoints.Domains, Datasets.EntraDomains, "Domain.Read.All" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_403_on_one_setting_leaves_its_value_null_and_every_other_dataset_complete(string endpoint, string dataset, string permission)
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Inject(endpoint, GraphFault.Always(GraphFaultKind.Forbidden));

        var (status, facts) = await harness.CollectAsync();

        var refused = status.Datasets.Single(d => d.Status != CollectionState.Complete);
        refused.Name.ShouldBe(dataset);
        refused.Status.ShouldBe(CollectionState.Failed);
        refused.Reason.ShouldNotBeNull().ShouldStartWith($"403 Forbidden from {endpoint}");
        refused.Reason.ShouldContain(permission);
        status.Status.ShouldBe(CollectionState.Partial);
        var tenant = facts.EntraTenants.Single();
        object?[] values = [tenant.Authorization, tenant.AuthenticationMethods, tenant.AdminConsent, tenant.GroupSpecificConsentEnabled, tenant.Domains];
        values.Count(v => v is null).ShouldBe(1);
        values[Array.IndexOf(SettingsEndpoints, endpoint)].ShouldBeNull();
        tenant.PimNotifications.ShouldNotBeNull();
    }

    private static readonly string[] SettingsEndpoints =
    [
        GraphEndpoints.AuthorizationPolicy, GraphEndpoints.AuthenticationMethodsPolicy, GraphEndpoints.AdminConsentRequestPolicy,
        GraphEndpoints.GroupSettings, GraphEndpoints.Domains,
    ];
}
