namespace ComplianceEngine.Fakes.Azure;

/// <summary>What the fake Azure Resource Manager knows: subscriptions and what lives in each.</summary>
public sealed class FakeArmData
{
    public List<FakeSubscription> Subscriptions { get; } = [];

    public FakeSubscription Add(FakeSubscription subscription)
    {
        Subscriptions.Add(subscription);
        return subscription;
    }

    public FakeSubscription? Find(string subscriptionId) =>
        Subscriptions.FirstOrDefault(s => string.Equals(s.Id, subscriptionId, StringComparison.OrdinalIgnoreCase));
}

public sealed class FakeSubscription(string id, string tenantId, string displayName, string state = "Enabled")
{
    public string Id { get; } = id;
    public string TenantId { get; } = tenantId;
    public string DisplayName { get; } = displayName;
    public string State { get; } = state;
    public List<FakeArmResource> Resources { get; } = [];
    public List<FakeResourceGroup> ResourceGroups { get; } = [];
    public List<FakePolicyAssignment> PolicyAssignments { get; } = [];
    public List<FakeRoleAssignment> RoleAssignments { get; } = [];
    public List<FakePolicyExemption> PolicyExemptions { get; } = [];

    public string ResourceId => $"/subscriptions/{Id}";

    public FakeResourceGroup AddResourceGroup(string name, string location)
    {
        var group = new FakeResourceGroup($"{ResourceId}/resourceGroups/{name}", name, location);
        ResourceGroups.Add(group);
        return group;
    }

    /// <summary>Adds a resource; <paramref name="location"/> null gives a resource without a location property.</summary>
    public FakeArmResource AddResource(string resourceGroup, string type, string name, string? location,
        string? extendedLocationType = null, string? extendedLocationName = null)
    {
        var resource = new FakeArmResource($"{ResourceId}/resourceGroups/{resourceGroup}/providers/{type}/{name}", name, type,
            location, extendedLocationType, extendedLocationName);
        Resources.Add(resource);
        return resource;
    }

    /// <summary>An assignment at this subscription, or at <paramref name="scope"/> (e.g. a management group) above it.</summary>
    public FakePolicyAssignment AssignPolicy(string name, string policyDefinitionId, string? scope = null,
        IReadOnlyList<string>? allowedLocations = null, string enforcementMode = "Default", IReadOnlyList<string>? notScopes = null)
    {
        var at = scope ?? ResourceId;
        var assignment = new FakePolicyAssignment($"{at}/providers/Microsoft.Authorization/policyAssignments/{name}", name, at,
            policyDefinitionId, allowedLocations, enforcementMode, notScopes ?? []);
        PolicyAssignments.Add(assignment);
        return assignment;
    }

    /// <summary>Exempts this subscription from an assignment (category Waiver), until <paramref name="expiresOn"/> if given.</summary>
    public FakePolicyExemption Exempt(FakePolicyAssignment assignment, DateTimeOffset? expiresOn = null)
    {
        var name = $"exempt-{assignment.Name}";
        var exemption = new FakePolicyExemption($"{ResourceId}/providers/Microsoft.Authorization/policyExemptions/{name}", name,
            assignment.Id, expiresOn);
        PolicyExemptions.Add(exemption);
        return exemption;
    }

    public FakeRoleAssignment AssignRole(string roleDefinitionGuid, string principalId, string principalType = "User", string? scope = null)
    {
        var at = scope ?? ResourceId;
        var name = Guid.NewGuid().ToString();
        var assignment = new FakeRoleAssignment($"{at}/providers/Microsoft.Authorization/roleAssignments/{name}", name, at,
            $"{ResourceId}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionGuid}", principalId, principalType);
        RoleAssignments.Add(assignment);
        return assignment;
    }
}

public sealed record FakeResourceGroup(string Id, string Name, string Location);

public sealed record FakeArmResource(string Id, string Name, string Type, string? Location,
    string? ExtendedLocationType, string? ExtendedLocationName);

public sealed record FakePolicyAssignment(string Id, string Name, string Scope, string PolicyDefinitionId,
    IReadOnlyList<string>? AllowedLocations, string EnforcementMode, IReadOnlyList<string> NotScopes);

public sealed record FakePolicyExemption(string Id, string Name, string PolicyAssignmentId, DateTimeOffset? ExpiresOn);

public sealed record FakeRoleAssignment(string Id, string Name, string Scope, string RoleDefinitionId, string PrincipalId,
    string PrincipalType);
