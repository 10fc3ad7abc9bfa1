using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Entra;
using static ComplianceEngine.Collectors.Tests.Entra.EntraTestTenant;

namespace ComplianceEngine.Collectors.Tests.Entra;

public sealed class EntraCollectorTests
{
    [Fact]
    public async Task Collects_every_user_with_mfa_sign_in_and_roles_joined_in()
    {
        await using var harness = await EntraHarness.StartAsync();

        var (status, facts) = await harness.CollectAsync();

        status.Status.ShouldBe(CollectionState.Complete);
        facts.EntraUsers.Count.ShouldBe(UserCount);
        facts.EntraUsers.Select(u => u.Id).ShouldBe(facts.EntraUsers.Select(u => u.Id).Order(StringComparer.Ordinal));
        var alice = facts.EntraUsers.Single(u => u.Id == Alice);
        alice.UserPrincipalName.ShouldBe("alice@contoso.example");
        alice.AccountEnabled.ShouldBe(true);
        alice.OnPremisesSyncEnabled.ShouldBeTrue();
        alice.OnPremisesImmutableId.ShouldBe("Wn8Zb9==");
        alice.AssignedLicenseCount.ShouldBe(2);
        alice.Mfa!.IsMfaRegistered.ShouldBeTrue();
        alice.Mfa.MethodsRegistered.ShouldBe(["fido2SecurityKey"]);
        alice.SignIn!.LastSuccessfulSignIn.ShouldBe(DateTimeOffset.Parse("2026-11-20T08:00:00Z"));
        alice.SignIn.LastNonInteractiveSignIn.ShouldBeNull();
        alice.SourceId.ShouldBe($"entra:{harness.Graph.Tenant.TenantId}");
    }

    [Fact]
    public async Task Never_signed_in_arrives_as_null_or_year_one_and_both_mean_never()
    {
        await using var harness = await EntraHarness.StartAsync();

        var users = (await harness.CollectAsync()).Facts.EntraUsers;

        var carol = users.Single(u => u.Id == Carol);
        carol.IsGuest.ShouldBeTrue();
        carol.ExternalUserState.ShouldBe("PendingAcceptance");
        carol.SignIn.ShouldNotBeNull().LastActivity.ShouldBeNull();
        carol.Mfa.ShouldNotBeNull().IsMfaRegistered.ShouldBeFalse();
        var dave = users.Single(u => u.Id == Dave);
        dave.AccountEnabled.ShouldBe(false);
        dave.PreferredDataLocation.ShouldBe("EUR");
        dave.SignIn.ShouldNotBeNull().LastActivity.ShouldBeNull();
    }

    [Fact]
    public async Task Group_role_holders_are_expanded_and_each_person_holds_a_role_once_per_path()
    {
        await using var harness = await EntraHarness.StartAsync();

        var facts = (await harness.CollectAsync()).Facts;

        var alice = facts.EntraUsers.Single(u => u.Id == Alice);
        alice.Roles.Select(r => (r.RoleTemplateId, r.ViaGroupId)).ShouldBe(
            [(EntraRoleIds.GlobalAdministrator, null), (EntraRoleIds.GlobalAdministrator, AdminGroup)], ignoreOrder: true);
        var direct = alice.Roles.Single(r => r.ViaGroupId is null);
        direct.ManagedByPim.ShouldBe(false);
        direct.IsPermanent.ShouldBeTrue();
        var viaGroup = alice.Roles.Single(r => r.ViaGroupId == AdminGroup);
        viaGroup.ManagedByPim.ShouldBe(true);
        viaGroup.EndDateTime.ShouldBe(DateTimeOffset.Parse("2027-03-31T00:00:00Z"));

        var bob = facts.EntraUsers.Single(u => u.Id == Bob);
        bob.Roles.Count(r => r.RoleTemplateId == EntraRoleIds.GlobalAdministrator).ShouldBe(2);
        var eligible = bob.Roles.Single(r => r.IsEligible);
        eligible.RoleTemplateId.ShouldBe(EntraRoleIds.SecurityAdministrator);
        eligible.EndDateTime.ShouldBe(DateTimeOffset.Parse("2027-04-10T00:00:00Z"));

        facts.EntraUsers.Single(u => u.Id == Dave).Roles.Single().RoleTemplateId.ShouldBe(CustomRoleTemplate);
        facts.EntraUsers.Count(u => u.HoldsRole(EntraRoleIds.GlobalAdministrator)).ShouldBe(2);
        facts.EntraUsers.ShouldNotContain(u => u.Id == Automation);
    }

    [Fact]
    public async Task Tenant_fact_carries_country_multi_geo_security_defaults_and_policies()
    {
        await using var harness = await EntraHarness.StartAsync();

        var tenant = (await harness.CollectAsync()).Facts.EntraTenants.Single();

        tenant.TenantId.ShouldBe(harness.Graph.Tenant.TenantId);
        tenant.DisplayName.ShouldBe("Contoso");
        tenant.CountryLetterCode.ShouldBe("JP");
        tenant.MultipleDataLocationsEnabled.ShouldBe(true);
        tenant.VerifiedDomains.ShouldBe(["contoso.example", "contoso.onmicrosoft.example"]);
        tenant.SecurityDefaultsEnabled.ShouldBe(false);
        tenant.PimAvailable.ShouldBe(true);
        tenant.GlobalAdminActivationRequiresApproval.ShouldBe(true);
        var policies = tenant.ConditionalAccessPolicies.ShouldNotBeNull();
        policies.Select(p => p.Id).ShouldBe(["ca-1", "ca-2"]);
        policies[0].State.ShouldBe("enabledForReportingButNotEnforced");
        policies[0].IncludeRoles.ShouldBe([EntraRoleIds.GlobalAdministrator]);
        policies[0].AuthenticationStrength.ShouldBe("Phishing-resistant MFA");
        policies[0].AuthenticationStrengthCombinations.ShouldBe(["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor"]);
        policies[1].IsEnabled.ShouldBeTrue();
        policies[1].ClientAppTypes.ShouldBe(["exchangeActiveSync", "other"]);
        policies[1].BuiltInControls.ShouldBe(["block"]);
    }

    [Fact]
    public async Task Conditions_that_narrow_a_policy_reach_the_fact()
    {
        await using var harness = await EntraHarness.StartAsync();
        harness.Graph.Tenant.ConditionalAccessPolicies.Add(new FakeCaPolicy("ca-3", "MFA outside the office")
        {
            ExcludeGroups = ["g-contractors"], IncludeLocations = ["All"], ExcludeLocations = ["AllTrusted"],
            IncludePlatforms = ["android", "iOS"], SignInRiskLevels = ["high"], GrantOperator = "AND",
        });

        var policy = (await harness.CollectAsync()).Facts.EntraTenants.Single().ConditionalAccessPolicies!.Single(p => p.Id == "ca-3");

        policy.ExcludeGroups.ShouldBe(["g-contractors"]);
        policy.IncludeLocations.ShouldBe(["All"]);
        policy.ExcludeLocations.ShouldBe(["AllTrusted"]);
        policy.IncludePlatforms.ShouldBe(["android", "iOS"]);
        policy.SignInRiskLevels.ShouldBe(["high"]);
        policy.GrantOperator.ShouldBe("AND");
    }

    [Fact]
    public async Task Lists_every_dataset_complete_with_its_item_count()
    {
        await using var harness = await EntraHarness.StartAsync();

        var status = (await harness.CollectAsync()).Status;

        status.Datasets.Select(d => d.Name).ShouldBe(
        [
            Datasets.EntraAdminConsentPolicy, Datasets.EntraAuthenticationMethodsPolicy, Datasets.EntraAuthenticationStrengths,
            Datasets.EntraAuthorizationPolicy, Datasets.EntraConditionalAccess, Datasets.EntraDirectoryRoles, Datasets.EntraDirectorySettings,
            Datasets.EntraDomains, Datasets.EntraMfaRegistration, Datasets.EntraOrganization, Datasets.EntraPim, Datasets.EntraPimPolicies,
            Datasets.EntraSecurityDefaults, Datasets.EntraSignInActivity, Datasets.EntraSubscribedSkus, Datasets.EntraUsers,
        ]);
        status.Datasets.ShouldAllBe(d => d.Status == CollectionState.Complete);
        status.Datasets.Single(d => d.Name == Datasets.EntraUsers).ItemCount.ShouldBe(UserCount);
        status.Datasets.Single(d => d.Name == Datasets.EntraMfaRegistration).ItemCount.ShouldBe(UserCount);
        status.Datasets.Single(d => d.Name == Datasets.EntraDirectoryRoles).ItemCount.ShouldBe(5);
        status.Datasets.Single(d => d.Name == Datasets.EntraPim).ItemCount.ShouldBe(2 + 1 + 2); // schedules, eligibility, the directory roles' policies
        status.Datasets.Single(d => d.Name == Datasets.EntraPimPolicies).ItemCount.ShouldBe(2);
        status.Datasets.Single(d => d.Name == Datasets.EntraAuthenticationStrengths).ItemCount.ShouldBe(3);
        status.Endpoint.ShouldBe(harness.Graph.Endpoint.ToString());
        status.Provider.ShouldBe("entra");
    }

    [Fact]
    public async Task Makes_one_call_per_page_and_selects_only_what_rules_use()
    {
        await using var harness = await EntraHarness.StartAsync();

        await harness.CollectAsync();

        var graph = harness.Graph;
        graph.Calls(GraphEndpoints.Users).ShouldBe(3);
        graph.Calls(GraphEndpoints.UserRegistrationDetails).ShouldBe(3);
        graph.Calls(GraphEndpoints.TransitiveMembers).ShouldBe(2);
        graph.Calls(GraphEndpoints.RoleManagementPolicyAssignments).ShouldBe(1);
        // … plus authentication strengths, subscribed SKUs, PIM for Groups (2 × 2) and the five tenant-settings endpoints (authorization, authentication methods, admin consent, groupSettings, domains).
        graph.Calls(GraphEndpoints.AuthenticationStrengthPolicies).ShouldBe(1);
        graph.Calls(GraphEndpoints.GroupEligibilitySchedules).ShouldBe(2);
        graph.Calls(GraphEndpoints.GroupRoleManagementPolicyAssignments).ShouldBe(2);
        graph.Calls(GraphEndpoints.SubscribedSkus).ShouldBe(1);
        graph.TotalCalls.ShouldBe(3 + 3 + 2 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 5 + 1 + 1 + 2 + 2);
        var firstUsersPage = Uri.UnescapeDataString(graph.Server.Requests.First(r => r.PathAndQuery.StartsWith("/v1.0/users", StringComparison.Ordinal)).PathAndQuery);
        firstUsersPage.ShouldContain("$top=120");
        firstUsersPage.ShouldContain("signInActivity");
        firstUsersPage.ShouldContain("accountEnabled");
        graph.Server.Requests.ShouldContain(r => Uri.UnescapeDataString(r.PathAndQuery).Contains("roleAssignments?$expand=principal"));
        Uri.UnescapeDataString(graph.Server.Requests.Single(r => r.PathAndQuery.StartsWith("/v1.0/policies/roleManagementPolicyAssignments", StringComparison.Ordinal)
                && Uri.UnescapeDataString(r.PathAndQuery).Contains("DirectoryRole", StringComparison.Ordinal)).PathAndQuery)
            .ShouldBe("/v1.0/policies/roleManagementPolicyAssignments?$expand=policy($expand=rules)&$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'");
    }

    [Fact]
    public async Task Reports_progress_per_page_and_one_log_event_per_endpoint()
    {
        await using var harness = await EntraHarness.StartAsync();
        var pages = new List<(string Endpoint, int Pages, int Items)>();
        var options = harness.Options() with { OnPage = (endpoint, page, items) => { lock (pages) pages.Add((endpoint, page, items)); } };

        await harness.CollectAsync(options);

        pages.Where(p => p.Endpoint == "users").ShouldBe([("users", 1, 120), ("users", 2, 240), ("users", 3, UserCount)]);
        harness.Logs.ShouldContain(l => l.StartsWith("Entra \"users\": 250 items in 3 calls", StringComparison.Ordinal));
        harness.Logs.ShouldContain(l => l.Contains("HTTP requests", StringComparison.Ordinal) && l.Contains("(Complete)", StringComparison.Ordinal));
    }
}
