namespace ComplianceEngine.Fakes.Entra;

/// <summary>The directory a <see cref="FakeGraph"/> serves: plain data, built by tests or by <see cref="Synthetic"/>.</summary>
public sealed partial class FakeGraphTenant
{
    public string TenantId { get; init; } = "8f3a1c52-0000-4000-8000-000000000001";
    public List<FakeUser> Users { get; } = [];
    public List<FakeRegistration> Registrations { get; } = [];
    public List<FakeRoleDefinition> RoleDefinitions { get; } = [];
    public List<FakeRoleAssignment> RoleAssignments { get; } = [];
    public List<FakeSchedule> EligibilitySchedules { get; } = [];
    public List<FakeSchedule> AssignmentSchedules { get; } = [];
    public Dictionary<string, FakeGroup> Groups { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ServicePrincipalIds { get; } = new(StringComparer.Ordinal);
    public FakeOrganization Organization { get; set; } = new();
    public bool SecurityDefaultsEnabled { get; set; }
    public List<FakeCaPolicy> ConditionalAccessPolicies { get; } = [];

    /// <summary>Authentication strengths: the three built-in ones, as every tenant has them, plus any custom ones a test adds.</summary>
    public List<FakeStrength> AuthenticationStrengths { get; } = [.. FakeStrength.BuiltIn];

    /// <summary>PIM role settings of directory roles, by role definition id; a role missing here has no policy assignment.</summary>
    public Dictionary<string, FakeRolePolicy> RolePolicies { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Licences (subscribedSkus): an Enterprise Mobility + Security E5 with Entra ID P2 unless a test changes it.</summary>
    public List<FakeSku> Skus { get; } = [new FakeSku("EMSPREMIUM", "Enabled", ["AAD_PREMIUM", "AAD_PREMIUM_P2", "INTUNE_A"])];

    /// <summary>PIM for Groups member-activation settings, by group id.</summary>
    public Dictionary<string, FakeRolePolicy> GroupPolicies { get; } = new(StringComparer.Ordinal);

    /// <summary>PIM for Groups eligibility schedules.</summary>
    public List<FakeGroupEligibility> GroupEligibilitySchedules { get; } = [];

    public FakeUser AddUser(string id, string? upn = null, bool withSignIn = true)
    {
        var user = new FakeUser(id, upn ?? $"{id}@contoso.example")
        {
            LastSuccessfulSignIn = withSignIn ? "2026-11-01T08:00:00Z" : null,
            LastSignIn = withSignIn ? "2026-11-01T08:00:00Z" : null,
            LastNonInteractiveSignIn = "0001-01-01T00:00:00Z",
        };
        Users.Add(user);
        return user;
    }

    public FakeRoleDefinition AddRole(string templateId, string displayName)
    {
        var role = new FakeRoleDefinition(templateId, templateId, displayName);
        RoleDefinitions.Add(role);
        return role;
    }

    /// <summary>
    /// A synthetic tenant for the benchmark: every user registered for MFA except every tenth, a handful of
    /// admins (some through a role-assignable group) and PIM schedules for them.
    /// </summary>
    public static FakeGraphTenant Synthetic(int userCount)
    {
        var tenant = new FakeGraphTenant();
        for (var i = 0; i < userCount; i++)
        {
            var id = SyntheticId(i);
            tenant.AddUser(id, $"user{i:D7}@contoso.example");
            tenant.Registrations.Add(new FakeRegistration(id) { IsMfaRegistered = i % 10 != 0, MethodsRegistered = ["microsoftAuthenticatorPush"] });
        }
        var globalAdmin = tenant.AddRole("62e90394-69f5-4237-9190-012177145e10", "Global Administrator");
        var admins = new FakeGroup("90000000-0000-4000-8000-000000000001", "Tier-0 admins");
        for (var i = 0; i < Math.Min(userCount, 500); i += 50)
            admins.MemberIds.Add(SyntheticId(i));
        tenant.Groups[admins.Id] = admins;
        tenant.RoleAssignments.Add(new FakeRoleAssignment("ra-group", admins.Id, globalAdmin.Id));
        tenant.RolePolicies[globalAdmin.Id] = new FakeRolePolicy(ApprovalRequired: true);
        for (var i = 1; i < Math.Min(userCount, 200); i += 20)
        {
            tenant.RoleAssignments.Add(new FakeRoleAssignment($"ra-{i}", SyntheticId(i), globalAdmin.Id));
            tenant.EligibilitySchedules.Add(new FakeSchedule($"es-{i}", SyntheticId(i), globalAdmin.Id) { End = "2027-01-01T00:00:00Z" });
        }
        return tenant;
    }

    public static string SyntheticId(int i) => $"00000000-0000-4000-8000-{i:D12}";
}

public sealed record FakeUser(string Id, string UserPrincipalName)
{
    public string? DisplayName { get; init; } = "User " + Id[..8];
    public string? UserType { get; init; } = "Member";
    public bool AccountEnabled { get; init; } = true;
    public string CreatedDateTime { get; init; } = "2024-01-15T09:00:00Z";
    public bool? OnPremisesSyncEnabled { get; init; }
    public string? OnPremisesImmutableId { get; init; }
    public int LicenseCount { get; init; } = 1;
    public string? PreferredDataLocation { get; init; }
    public string? ExternalUserState { get; init; }
    public string? LastSignIn { get; init; }
    public string? LastNonInteractiveSignIn { get; init; }
    public string? LastSuccessfulSignIn { get; init; }

    /// <summary>When false the user has no <c>signInActivity</c> object at all (never signed in).</summary>
    public bool HasSignInActivity { get; init; } = true;
}

public sealed record FakeRegistration(string UserId)
{
    public bool IsMfaRegistered { get; init; } = true;
    public bool IsMfaCapable { get; init; } = true;
    public bool IsPasswordlessCapable { get; init; }
    public bool IsAdmin { get; init; }
    public IReadOnlyList<string> MethodsRegistered { get; init; } = ["microsoftAuthenticatorPush"];
}

public sealed record FakeRoleDefinition(string Id, string TemplateId, string DisplayName);

public sealed record FakeRoleAssignment(string Id, string PrincipalId, string RoleDefinitionId);

public sealed record FakeSchedule(string Id, string PrincipalId, string RoleDefinitionId)
{
    public string? Start { get; init; } = "2026-01-01T00:00:00Z";

    /// <summary>Null means <c>noExpiration</c> (permanent).</summary>
    public string? End { get; init; }

    /// <summary>Null for an assignment made outside PIM (Graph reports createdDateTime and createdUsing as null).</summary>
    public string? Created { get; init; } = "2026-01-01T00:00:00Z";
}

/// <summary>A subscribed SKU with its service plans by name; <paramref name="CapabilityStatus"/> <c>Enabled</c>, <c>Warning</c>, <c>Suspended</c>, …</summary>
public sealed record FakeSku(string SkuPartNumber, string CapabilityStatus, IReadOnlyList<string> ServicePlans);

/// <summary>Eligibility for membership (<c>member</c>) or ownership (<c>owner</c>) of a group through PIM for Groups.</summary>
public sealed record FakeGroupEligibility(string Id, string GroupId, string PrincipalId, string AccessId = "member")
{
    /// <summary>Null means <c>noExpiration</c>.</summary>
    public string? End { get; init; }
}

public sealed record FakeGroup(string Id, string DisplayName)
{
    /// <summary>Transitive user members.</summary>
    public List<string> MemberIds { get; } = [];

    /// <summary>Reading the members answers 403 (the app lacks GroupMember.Read.All for this group).</summary>
    public bool MembersForbidden { get; init; }
}

public sealed record FakeOrganization
{
    public string DisplayName { get; init; } = "Contoso";
    public string? CountryLetterCode { get; init; } = "JP";
    public bool? MultipleDataLocations { get; init; }
    public IReadOnlyList<string> VerifiedDomains { get; init; } = ["contoso.example"];
}

/// <summary>A role's PIM settings; <paramref name="ApprovalRequired"/> null leaves the rule Approval_EndUser_Assignment out.</summary>
public sealed partial record FakeRolePolicy(bool? ApprovalRequired);

public sealed record FakeCaPolicy(string Id, string DisplayName)
{
    public string State { get; init; } = "enabled";
    public IReadOnlyList<string> IncludeUsers { get; init; } = ["All"];
    public IReadOnlyList<string> ExcludeUsers { get; init; } = [];
    public IReadOnlyList<string> ExcludeGroups { get; init; } = [];
    public IReadOnlyList<string> IncludeRoles { get; init; } = [];
    public IReadOnlyList<string> IncludeApplications { get; init; } = ["All"];
    public IReadOnlyList<string> IncludeLocations { get; init; } = [];
    public IReadOnlyList<string> ExcludeLocations { get; init; } = [];
    public IReadOnlyList<string> IncludePlatforms { get; init; } = [];
    public IReadOnlyList<string> SignInRiskLevels { get; init; } = [];
    public string GrantOperator { get; init; } = "OR";
    public IReadOnlyList<string> ClientAppTypes { get; init; } = ["all"];
    public IReadOnlyList<string> BuiltInControls { get; init; } = ["mfa"];
    public string? AuthenticationStrength { get; init; }
    public IReadOnlyList<string> AllowedCombinations { get; init; } = [];

    /// <summary>The strength's id in the grant (the built-in phishing-resistant one unless a test names another).</summary>
    public string AuthenticationStrengthId { get; init; } = FakeStrength.PhishingResistantId;
    public IReadOnlyList<string> ExcludeRoles { get; init; } = [];

    /// <summary>Wire value of <c>excludeGuestsOrExternalUsers.guestOrExternalUserTypes</c> (comma-separated flags); null for none.</summary>
    public string? ExcludeGuestOrExternalUserTypes { get; init; }
    public IReadOnlyList<string> IncludeUserActions { get; init; } = [];

    /// <summary>Wire value of <c>authenticationFlows.transferMethods</c>; null for no authentication-flows condition.</summary>
    public string? TransferMethods { get; init; }
    public IReadOnlyList<string> UserRiskLevels { get; init; } = [];
}

/// <summary>An authentication strength policy; combinations in wire form (<c>password,sms</c>).</summary>
public sealed record FakeStrength(string Id, string DisplayName, string PolicyType, IReadOnlyList<string> AllowedCombinations)
{
    public const string MfaId = "00000000-0000-0000-0000-000000000002";
    public const string PhishingResistantId = "00000000-0000-0000-0000-000000000004";

    public static IReadOnlyList<FakeStrength> BuiltIn { get; } =
    [
        new(MfaId, "Multifactor authentication", "builtIn",
            ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor", "deviceBasedPush", "temporaryAccessPassOneTime",
             "temporaryAccessPassMultiUse", "password,microsoftAuthenticatorPush", "password,softwareOath", "password,hardwareOath",
             "password,sms", "password,voice", "federatedMultiFactor", "microsoftAuthenticatorPush,federatedSingleFactor"]),
        new("00000000-0000-0000-0000-000000000003", "Passwordless MFA", "builtIn",
            ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor", "deviceBasedPush"]),
        new(PhishingResistantId, "Phishing-resistant MFA", "builtIn", ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor"]),
    ];
}
