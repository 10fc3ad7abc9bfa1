using System.Text.Json;

namespace ComplianceEngine.Fakes.Azure;

/// <summary>Writes the ARM response shapes (azure-rest-api-specs, Microsoft.Resources and Microsoft.Authorization).</summary>
internal static class FakeArmJson
{
    public static void Subscription(Utf8JsonWriter w, FakeSubscription s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.ResourceId);
        w.WriteString("authorizationSource", "RoleBased");
        w.WriteString("subscriptionId", s.Id);
        w.WriteString("tenantId", s.TenantId);
        w.WriteString("displayName", s.DisplayName);
        w.WriteString("state", s.State);
        w.WriteStartObject("subscriptionPolicies");
        w.WriteString("locationPlacementId", "Public_2014-09-01");
        w.WriteString("quotaId", "PayAsYouGo_2014-09-01");
        w.WriteString("spendingLimit", "Off");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Resource(Utf8JsonWriter w, FakeArmResource r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        w.WriteString("type", r.Type);
        if (r.Location is not null)
            w.WriteString("location", r.Location);
        if (r.ExtendedLocationName is not null)
        {
            w.WriteStartObject("extendedLocation");
            w.WriteString("type", r.ExtendedLocationType ?? "EdgeZone");
            w.WriteString("name", r.ExtendedLocationName);
            w.WriteEndObject();
        }
        w.WriteStartObject("tags");
        w.WriteString("env", "prod");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void ResourceGroup(Utf8JsonWriter w, FakeResourceGroup g)
    {
        w.WriteStartObject();
        w.WriteString("id", g.Id);
        w.WriteString("name", g.Name);
        w.WriteString("type", "Microsoft.Resources/resourceGroups");
        w.WriteString("location", g.Location);
        w.WriteStartObject("properties");
        w.WriteString("provisioningState", "Succeeded");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void PolicyAssignment(Utf8JsonWriter w, FakePolicyAssignment p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("type", "Microsoft.Authorization/policyAssignments");
        w.WriteString("name", p.Name);
        w.WriteStartObject("properties");
        w.WriteString("displayName", p.Name);
        w.WriteString("policyDefinitionId", p.PolicyDefinitionId);
        w.WriteString("scope", p.Scope);
        w.WriteStartArray("notScopes");
        foreach (var excluded in p.NotScopes)
            w.WriteStringValue(excluded);
        w.WriteEndArray();
        w.WriteStartObject("parameters");
        if (p.AllowedLocations is not null)
        {
            w.WriteStartObject("listOfAllowedLocations");
            w.WriteStartArray("value");
            foreach (var location in p.AllowedLocations)
                w.WriteStringValue(location);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteString("enforcementMode", p.EnforcementMode);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void PolicyExemption(Utf8JsonWriter w, FakePolicyExemption e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", "Microsoft.Authorization/policyExemptions");
        w.WriteString("name", e.Name);
        w.WriteStartObject("properties");
        w.WriteString("policyAssignmentId", e.PolicyAssignmentId);
        w.WriteStartArray("policyDefinitionReferenceIds");
        w.WriteEndArray();
        w.WriteString("exemptionCategory", "Waiver");
        if (e.ExpiresOn is { } expires)
            w.WriteString("expiresOn", expires);
        w.WriteString("displayName", e.Name);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void RoleAssignment(Utf8JsonWriter w, FakeRoleAssignment r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("type", "Microsoft.Authorization/roleAssignments");
        w.WriteString("name", r.Name);
        w.WriteStartObject("properties");
        w.WriteString("roleDefinitionId", r.RoleDefinitionId);
        w.WriteString("principalId", r.PrincipalId);
        w.WriteString("principalType", r.PrincipalType);
        w.WriteString("scope", r.Scope);
        w.WriteNull("condition");
        w.WriteNull("conditionVersion");
        w.WriteString("createdOn", "2025-01-01T00:00:00Z");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Error(Utf8JsonWriter w, string code, string message)
    {
        w.WriteStartObject();
        w.WriteStartObject("error");
        w.WriteString("code", code);
        w.WriteString("message", message);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
