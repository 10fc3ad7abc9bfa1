using System.Text.Json;

namespace ComplianceEngine.Fakes.Entra;

/// <summary>Organization, security defaults and conditional-access policies.</summary>
internal static partial class FakeGraphJson
{
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
        Strings(json, "signInRiskLevels", p.SignInRiskLevels);
        Strings(json, "userRiskLevels", p.UserRiskLevels);
        if (p.TransferMethods is null)
            json.WriteNull("authenticationFlows");
        else
        {
            json.WriteStartObject("authenticationFlows");
            json.WriteString("transferMethods", p.TransferMethods);
            json.WriteEndObject();
        }
        Strings(json, "clientAppTypes", p.ClientAppTypes);
        if (p.IncludePlatforms.Count == 0)
            json.WriteNull("platforms");
        else
        {
            json.WriteStartObject("platforms");
            Strings(json, "includePlatforms", p.IncludePlatforms);
            Strings(json, "excludePlatforms", []);
            json.WriteEndObject();
        }
        if (p.IncludeLocations.Count == 0 && p.ExcludeLocations.Count == 0)
            json.WriteNull("locations");
        else
        {
            json.WriteStartObject("locations");
            Strings(json, "includeLocations", p.IncludeLocations);
            Strings(json, "excludeLocations", p.ExcludeLocations);
            json.WriteEndObject();
        }
        json.WriteStartObject("applications");
        Strings(json, "includeApplications", p.IncludeApplications);
        Strings(json, "excludeApplications", []);
        Strings(json, "includeUserActions", p.IncludeUserActions);
        json.WriteEndObject();
        json.WriteStartObject("users");
        Strings(json, "includeUsers", p.IncludeUsers);
        Strings(json, "excludeUsers", p.ExcludeUsers);
        Strings(json, "includeGroups", []);
        Strings(json, "excludeGroups", p.ExcludeGroups);
        Strings(json, "includeRoles", p.IncludeRoles);
        Strings(json, "excludeRoles", p.ExcludeRoles);
        json.WriteNull("includeGuestsOrExternalUsers");
        if (p.ExcludeGuestOrExternalUserTypes is null)
            json.WriteNull("excludeGuestsOrExternalUsers");
        else
        {
            json.WriteStartObject("excludeGuestsOrExternalUsers");
            json.WriteString("guestOrExternalUserTypes", p.ExcludeGuestOrExternalUserTypes);
            json.WriteStartObject("externalTenants");
            json.WriteString("@odata.type", "#microsoft.graph.conditionalAccessAllExternalTenants");
            json.WriteString("membershipKind", "all");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("grantControls");
        json.WriteString("operator", p.GrantOperator);
        Strings(json, "builtInControls", p.BuiltInControls);
        Strings(json, "customAuthenticationFactors", []);
        Strings(json, "termsOfUse", []);
        if (p.AuthenticationStrength is { } strength)
        {
            json.WriteStartObject("authenticationStrength");
            json.WriteString("id", p.AuthenticationStrengthId);
            json.WriteString("displayName", strength);
            Strings(json, "allowedCombinations", p.AllowedCombinations);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>An <c>authenticationStrengthPolicy</c> as "List authenticationStrengthPolicies" (v1.0) returns it.</summary>
    public static void Strength(Utf8JsonWriter json, FakeStrength s)
    {
        json.WriteStartObject();
        json.WriteString("id", s.Id);
        json.WriteString("createdDateTime", "2022-09-30T10:59:01Z");
        json.WriteString("modifiedDateTime", "2022-09-30T10:59:01Z");
        json.WriteString("displayName", s.DisplayName);
        json.WriteString("description", s.DisplayName);
        json.WriteString("policyType", s.PolicyType);
        json.WriteString("requirementsSatisfied", "mfa");
        Strings(json, "allowedCombinations", s.AllowedCombinations);
        json.WriteString("combinationConfigurations@odata.context",
            $"https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/authenticationStrength/policies('{s.Id}')/combinationConfigurations");
        json.WriteStartArray("combinationConfigurations");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A <c>subscribedSku</c> as "List subscribedSkus" (v1.0) returns it.</summary>
    public static void Sku(Utf8JsonWriter json, FakeSku sku)
    {
        json.WriteStartObject();
        json.WriteString("accountName", "Contoso");
        json.WriteString("appliesTo", "User");
        json.WriteString("capabilityStatus", sku.CapabilityStatus);
        json.WriteNumber("consumedUnits", 14);
        json.WriteString("id", "48a80680-7326-48cd-9935-b556b81d3a4e_" + sku.SkuPartNumber);
        json.WriteStartObject("prepaidUnits");
        json.WriteNumber("enabled", 25);
        json.WriteNumber("suspended", 0);
        json.WriteNumber("warning", 0);
        json.WriteEndObject();
        json.WriteStartArray("servicePlans");
        foreach (var plan in sku.ServicePlans)
        {
            json.WriteStartObject();
            json.WriteString("servicePlanId", "113feb6c-3fe4-4440-bddc-54d774bf0318");
            json.WriteString("servicePlanName", plan);
            json.WriteString("provisioningStatus", "Success");
            json.WriteString("appliesTo", "User");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("skuId", "c7df2760-2c81-4ef7-b578-5b5392b571df");
        json.WriteString("skuPartNumber", sku.SkuPartNumber);
        json.WriteEndObject();
    }
}
