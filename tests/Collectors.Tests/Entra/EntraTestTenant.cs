using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Fakes.Entra;

namespace ComplianceEngine.Collectors.Tests.Entra;

/// <summary>
/// A small tenant with a known shape: 250 users (three pages of 120), a few named people whose facts the tests
/// check, a role-assignable group, a service principal admin, PIM schedules, PIM role settings (activating Global
/// Administrator needs approval, Security Administrator does not) and two conditional-access policies.
/// </summary>
internal static class EntraTestTenant
{
    public const int UserCount = 250;
    public const string Alice = "a11ce000-0000-4000-8000-000000000001";
    public const string Bob = "b0b00000-0000-4000-8000-000000000002";
    public const string Carol = "ca201000-0000-4000-8000-000000000003";
    public const string Dave = "da7e0000-0000-4000-8000-000000000004";
    public const string AdminGroup = "90000000-0000-4000-8000-0000000000aa";
    public const string SecondAdminGroup = "90000000-0000-4000-8000-0000000000bb";
    public const string Automation = "5e000000-0000-4000-8000-0000000000cc";
    public const string CustomRoleId = "c0570000-0000-4000-8000-0000000000dd";
    public const string CustomRoleTemplate = "7e3a1000-0000-4000-8000-0000000000ee";

    public static FakeGraphTenant Create()
    {
        var tenant = new FakeGraphTenant();
        tenant.Users.Add(new FakeUser(Alice, "alice@contoso.example")
        {
            DisplayName = "Alice", LastSuccessfulSignIn = "2026-11-20T08:00:00Z", LastSignIn = "2026-11-20T08:00:00Z",
            LastNonInteractiveSignIn = "0001-01-01T00:00:00Z", OnPremisesSyncEnabled = true, OnPremisesImmutableId = "Wn8Zb9==", LicenseCount = 2,
        });
        tenant.Users.Add(new FakeUser(Bob, "bob@contoso.example") { DisplayName = "Bob", LastSignIn = "2026-10-01T08:00:00Z" });
        tenant.Users.Add(new FakeUser(Carol, "carol_fabrikam.example#EXT#@contoso.example")
        {
            UserType = "Guest", ExternalUserState = "PendingAcceptance", HasSignInActivity = false, LicenseCount = 0,
        });
        tenant.Users.Add(new FakeUser(Dave, "dave@contoso.example")
        {
            AccountEnabled = false, PreferredDataLocation = "EUR",
            LastSignIn = "0001-01-01T00:00:00Z", LastSuccessfulSignIn = "0001-01-01T00:00:00Z", LastNonInteractiveSignIn = null,
        });
        for (var i = tenant.Users.Count; i < UserCount; i++)
            tenant.AddUser(FakeGraphTenant.SyntheticId(i));

        foreach (var user in tenant.Users.Where(u => u.Id != Carol))
            tenant.Registrations.Add(new FakeRegistration(user.Id) { IsMfaRegistered = user.Id != Bob, MethodsRegistered = user.Id == Bob ? [] : ["fido2SecurityKey"] });
        // The guest who never accepted her invitation is in the report with nothing registered.
        tenant.Registrations.Add(new FakeRegistration(Carol) { IsMfaRegistered = false, IsMfaCapable = false, MethodsRegistered = [] });

        var globalAdmin = tenant.AddRole(EntraRoleIds.GlobalAdministrator, "Global Administrator");
        var securityAdmin = tenant.AddRole(EntraRoleIds.SecurityAdministrator, "Security Administrator");
        tenant.RoleDefinitions.Add(new FakeRoleDefinition(CustomRoleId, CustomRoleTemplate, "Helpdesk Lite"));

        var admins = new FakeGroup(AdminGroup, "Tier-0 admins");
        admins.MemberIds.AddRange([Alice, Bob]);
        var moreAdmins = new FakeGroup(SecondAdminGroup, "Break-glass holders");
        moreAdmins.MemberIds.Add(Bob);
        tenant.Groups[admins.Id] = admins;
        tenant.Groups[moreAdmins.Id] = moreAdmins;
        tenant.ServicePrincipalIds.Add(Automation);

        tenant.RoleAssignments.AddRange(
        [
            new FakeRoleAssignment("ra-alice", Alice, globalAdmin.Id),
            new FakeRoleAssignment("ra-group", AdminGroup, globalAdmin.Id),
            new FakeRoleAssignment("ra-group-2", SecondAdminGroup, globalAdmin.Id),
            new FakeRoleAssignment("ra-app", Automation, globalAdmin.Id),
            new FakeRoleAssignment("ra-custom", Dave, CustomRoleId),
        ]);
        tenant.AssignmentSchedules.AddRange(
        [
            new FakeSchedule("as-alice", Alice, globalAdmin.Id) { Created = null, Start = null },
            new FakeSchedule("as-group", AdminGroup, globalAdmin.Id) { End = "2027-03-31T00:00:00Z" },
        ]);
        tenant.EligibilitySchedules.Add(new FakeSchedule("es-bob", Bob, securityAdmin.Id) { End = "2027-04-10T00:00:00Z" });
        tenant.RolePolicies[globalAdmin.Id] = new FakeRolePolicy(ApprovalRequired: true);
        tenant.RolePolicies[securityAdmin.Id] = new FakeRolePolicy(ApprovalRequired: false);

        tenant.Organization = new FakeOrganization { CountryLetterCode = "JP", MultipleDataLocations = true, VerifiedDomains = ["contoso.example", "contoso.onmicrosoft.example"] };
        tenant.ConditionalAccessPolicies.Add(new FakeCaPolicy("ca-2", "Block legacy authentication") { ClientAppTypes = ["exchangeActiveSync", "other"], BuiltInControls = ["block"] });
        tenant.ConditionalAccessPolicies.Add(new FakeCaPolicy("ca-1", "Phishing-resistant MFA for admins")
        {
            IncludeUsers = [], IncludeRoles = [EntraRoleIds.GlobalAdministrator], BuiltInControls = [], State = "enabledForReportingButNotEnforced",
            AuthenticationStrength = "Phishing-resistant MFA", AllowedCombinations = ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor"],
        });
        return tenant;
    }
}
