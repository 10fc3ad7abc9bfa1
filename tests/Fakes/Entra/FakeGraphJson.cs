using System.Text.Json;

namespace ComplianceEngine.Fakes.Entra;

/// <summary>Writes Graph entities in their documented JSON shapes (see shared/reference/api-shapes/graph-*.json).</summary>
internal static class FakeGraphJson
{
    public static void User(Utf8JsonWriter json, FakeUser user, IReadOnlySet<string> select)
    {
        json.WriteStartObject();
        void Text(string name, string? value)
        {
            if (select.Contains(name))
                json.WriteString(name, value);
        }
        Text("id", user.Id);
        Text("displayName", user.DisplayName);
        Text("userPrincipalName", user.UserPrincipalName);
        Text("userType", user.UserType);
        if (select.Contains("accountEnabled"))
            json.WriteBoolean("accountEnabled", user.AccountEnabled);
        Text("createdDateTime", user.CreatedDateTime);
        if (select.Contains("onPremisesSyncEnabled"))
            NullableBool(json, "onPremisesSyncEnabled", user.OnPremisesSyncEnabled);
        Text("onPremisesImmutableId", user.OnPremisesImmutableId);
        if (select.Contains("assignedLicenses"))
        {
            json.WriteStartArray("assignedLicenses");
            for (var i = 0; i < user.LicenseCount; i++)
            {
                json.WriteStartObject();
                json.WriteStartArray("disabledPlans");
                json.WriteEndArray();
                json.WriteString("skuId", $"cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d{i:D2}");
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        Text("preferredDataLocation", user.PreferredDataLocation);
        Text("externalUserState", user.ExternalUserState);
        if (select.Contains("signInActivity"))
        {
            if (!user.HasSignInActivity)
                json.WriteNull("signInActivity");
            else
            {
                json.WriteStartObject("signInActivity");
                json.WriteString("lastSignInDateTime", user.LastSignIn);
                json.WriteString("lastSignInRequestId", user.LastSignIn is null ? null : "d4d31c40-4c36-4775-ad59-7d1e6a171f00");
                json.WriteString("lastNonInteractiveSignInDateTime", user.LastNonInteractiveSignIn);
                json.WriteString("lastNonInteractiveSignInRequestId", "");
                json.WriteString("lastSuccessfulSignInDateTime", user.LastSuccessfulSignIn);
                json.WriteString("lastSuccessfulSignInRequestId", user.LastSuccessfulSignIn is null ? null : "d4d31c40-4c36-4775-ad59-7d1e6a171f00");
                json.WriteEndObject();
            }
        }
        json.WriteEndObject();
    }

    public static void Registration(Utf8JsonWriter json, FakeRegistration r)
    {
        json.WriteStartObject();
        json.WriteString("id", r.UserId);
        json.WriteString("userPrincipalName", $"{r.UserId}@contoso.example");
        json.WriteString("userDisplayName", "User " + r.UserId[..8]);
        json.WriteBoolean("isAdmin", r.IsAdmin);
        json.WriteBoolean("isSsprRegistered", false);
        json.WriteBoolean("isSsprEnabled", false);
        json.WriteBoolean("isSsprCapable", false);
        json.WriteBoolean("isMfaRegistered", r.IsMfaRegistered);
        json.WriteBoolean("isMfaCapable", r.IsMfaCapable);
        json.WriteBoolean("isPasswordlessCapable", r.IsPasswordlessCapable);
        json.WriteString("lastUpdatedDateTime", "2026-11-20T19:15:41.6195833Z");
        Strings(json, "methodsRegistered", r.MethodsRegistered);
        json.WriteBoolean("isSystemPreferredAuthenticationMethodEnabled", true);
        Strings(json, "systemPreferredAuthenticationMethods", ["push"]);
        json.WriteString("userPreferredMethodForSecondaryAuthentication", "push");
        json.WriteString("userType", "member");
        json.WriteEndObject();
    }

    public static void RoleDefinition(Utf8JsonWriter json, FakeRoleDefinition d)
    {
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("description", d.DisplayName + " role.");
        json.WriteString("displayName", d.DisplayName);
        json.WriteBoolean("isBuiltIn", d.Id == d.TemplateId);
        json.WriteBoolean("isEnabled", true);
        json.WriteString("templateId", d.TemplateId);
        json.WriteString("version", "1");
        json.WriteEndObject();
    }

    public static void RoleAssignment(Utf8JsonWriter json, FakeRoleAssignment a, FakeGraphTenant? expand)
    {
        json.WriteStartObject();
        json.WriteString("id", a.Id);
        json.WriteString("principalId", a.PrincipalId);
        json.WriteString("resourceScope", "/");
        json.WriteString("directoryScopeId", "/");
        json.WriteString("roleDefinitionId", a.RoleDefinitionId);
        if (expand is not null)
            Principal(json, expand, a.PrincipalId);
        json.WriteEndObject();
    }

    public static void Schedule(Utf8JsonWriter json, FakeSchedule s, bool eligible, FakeGraphTenant? expand)
    {
        json.WriteStartObject();
        json.WriteString("id", s.Id);
        json.WriteString("principalId", s.PrincipalId);
        json.WriteString("roleDefinitionId", s.RoleDefinitionId);
        json.WriteString("directoryScopeId", "/");
        json.WriteNull("appScopeId");
        json.WriteString("createdUsing", s.Created is null ? null : s.Id);
        json.WriteString("createdDateTime", s.Created);
        json.WriteString("modifiedDateTime", s.Created is null ? null : "0001-01-01T08:00:00Z");
        json.WriteString("status", "Provisioned");
        if (!eligible)
            json.WriteString("assignmentType", "Assigned");
        json.WriteString("memberType", "Direct");
        json.WriteStartObject("scheduleInfo");
        json.WriteString("startDateTime", s.Start);
        json.WriteNull("recurrence");
        json.WriteStartObject("expiration");
        json.WriteString("type", s.End is null ? "noExpiration" : "afterDateTime");
        json.WriteString("endDateTime", s.End);
        json.WriteNull("duration");
        json.WriteEndObject();
        json.WriteEndObject();
        if (expand is not null)
            Principal(json, expand, s.PrincipalId);
        json.WriteEndObject();
    }

    public static void MemberUser(Utf8JsonWriter json, string id)
    {
        json.WriteStartObject();
        json.WriteString("@odata.type", "#microsoft.graph.user");
        json.WriteString("id", id);
        json.WriteEndObject();
    }

    public static void Organization(Utf8JsonWriter json, FakeGraphTenant tenant)
    {
        var org = tenant.Organization;
        json.WriteStartObject();
        json.WriteString("id", tenant.TenantId);
        json.WriteNull("deletedDateTime");
        json.WriteString("countryLetterCode", org.CountryLetterCode);
        json.WriteString("createdDateTime", "2021-08-02T10:30:06Z");
        json.WriteString("displayName", org.DisplayName);
        NullableBool(json, "isMultipleDataLocationsForServicesEnabled", org.MultipleDataLocations);
        json.WriteString("tenantType", "AAD");
        json.WriteStartArray("verifiedDomains");
        for (var i = 0; i < org.VerifiedDomains.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("capabilities", "Email, OfficeCommunicationsOnline");
            json.WriteBoolean("isDefault", i == 0);
            json.WriteBoolean("isInitial", i == 0);
            json.WriteString("name", org.VerifiedDomains[i]);
            json.WriteString("type", "Managed");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void SecurityDefaults(Utf8JsonWriter json, bool enabled)
    {
        json.WriteStartObject();
        json.WriteString("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity");
        json.WriteString("description", "Security defaults is a set of basic identity security mechanisms recommended by Microsoft.");
        json.WriteString("displayName", "Security Defaults");
        json.WriteString("id", "00000000-0000-0000-0000-000000000005");
        json.WriteBoolean("isEnabled", enabled);
        json.WriteEndObject();
    }

    public static void CaPolicy(Utf8JsonWriter json, FakeCaPolicy p)
    {
        json.WriteStartObject();
        json.WriteString("id", p.Id);
        json.WriteString("displayName", p.DisplayName);
        json.WriteNull("createdDateTime");
        json.WriteNull("modifiedDateTime");
        json.WriteString("state", p.State);
        json.WriteNull("sessionControls");
        json.WriteStartObject("conditions");
        Strings(json, "signInRiskLevels", []);
        Strings(json, "clientAppTypes", p.ClientAppTypes);
        json.WriteNull("platforms");
        json.WriteNull("locations");
        json.WriteStartObject("applications");
        Strings(json, "includeApplications", p.IncludeApplications);
        Strings(json, "excludeApplications", []);
        Strings(json, "includeUserActions", []);
        json.WriteEndObject();
        json.WriteStartObject("users");
        Strings(json, "includeUsers", p.IncludeUsers);
        Strings(json, "excludeUsers", p.ExcludeUsers);
        Strings(json, "includeGroups", []);
        Strings(json, "excludeGroups", []);
        Strings(json, "includeRoles", p.IncludeRoles);
        Strings(json, "excludeRoles", []);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("grantControls");
        json.WriteString("operator", "OR");
        Strings(json, "builtInControls", p.BuiltInControls);
        Strings(json, "customAuthenticationFactors", []);
        Strings(json, "termsOfUse", []);
        if (p.AuthenticationStrength is { } strength)
        {
            json.WriteStartObject("authenticationStrength");
            json.WriteString("id", "00000000-0000-0000-0000-000000000004");
            json.WriteString("displayName", strength);
            Strings(json, "allowedCombinations", p.AllowedCombinations);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Principal(Utf8JsonWriter json, FakeGraphTenant tenant, string id)
    {
        json.WriteStartObject("principal");
        if (tenant.Groups.TryGetValue(id, out var group))
        {
            json.WriteString("@odata.type", "#microsoft.graph.group");
            json.WriteString("id", id);
            json.WriteString("displayName", group.DisplayName);
            json.WriteBoolean("isAssignableToRole", true);
            json.WriteBoolean("securityEnabled", true);
        }
        else if (tenant.ServicePrincipalIds.Contains(id))
        {
            json.WriteString("@odata.type", "#microsoft.graph.servicePrincipal");
            json.WriteString("id", id);
            json.WriteString("displayName", "Automation app");
            json.WriteString("appId", "11111111-2222-3333-4444-555555555555");
        }
        else
        {
            var user = tenant.Users.Find(u => u.Id == id);
            json.WriteString("@odata.type", "#microsoft.graph.user");
            json.WriteString("id", id);
            json.WriteBoolean("accountEnabled", user?.AccountEnabled ?? true);
            json.WriteString("displayName", user?.DisplayName);
            json.WriteString("userPrincipalName", user?.UserPrincipalName);
            json.WriteString("userType", user?.UserType ?? "Member");
        }
        json.WriteEndObject();
    }

    private static void NullableBool(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } b)
            json.WriteBoolean(name, b);
        else
            json.WriteNull(name);
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
