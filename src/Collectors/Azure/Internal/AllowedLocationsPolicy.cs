using System.Text.Json;
using Azure.ResourceManager.Resources;
using Azure.ResourceManager.Resources.Models;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>What the policy assignments at or above a subscription say about allowed locations.</summary>
internal sealed record PolicyFinding(bool AllowedLocationsAssigned, string? Scope, IReadOnlyList<string>? AllowedLocations, int AssignmentCount);

/// <summary>
/// Looks for an enforced assignment of the built-in "Allowed locations" or "Allowed locations for resource groups"
/// policies (azure-policy built-in-policies/policyDefinitions/General) among the assignments that apply to a subscription.
/// </summary>
internal static class AllowedLocationsPolicy
{
    private static readonly string[] DefinitionIds =
    [
        "e56962a6-4747-49cd-b67b-bf8b01975c4c", // Allowed locations
        "e765b5de-1225-4ba3-bd56-1ac6695af988", // Allowed locations for resource groups
    ];

    // atScope(): assignments at the subscription and inherited from management groups above it, not those below.
    public static async Task<PolicyFinding> FindAsync(SubscriptionResource subscription, CancellationToken ct)
    {
        var matches = new List<PolicyAssignmentData>();
        var count = 0;
        await foreach (var assignment in subscription.GetPolicyAssignments().GetAllAsync(filter: "atScope()", cancellationToken: ct))
        {
            count++;
            if (IsEnforcedAllowedLocations(assignment.Data) && Covers(assignment.Data, subscription.Id.ToString()))
                matches.Add(assignment.Data);
        }
        var chosen = matches.OrderBy(m => m.Scope, StringComparer.Ordinal).ThenBy(m => m.Id?.ToString(), StringComparer.Ordinal).FirstOrDefault();
        return new PolicyFinding(chosen is not null, chosen?.Scope, chosen is null ? null : Locations(chosen), count);
    }

    private static bool IsEnforcedAllowedLocations(PolicyAssignmentData data) =>
        data.PolicyDefinitionId is { } definition
        && DefinitionIds.Any(id => definition.EndsWith(id, StringComparison.OrdinalIgnoreCase))
        && data.EnforcementMode != EnforcementMode.DoNotEnforce;

    // An assignment whose notScopes name the subscription does not apply to it; one excluding a management group might
    // (ARM does not say which groups the subscription sits under without more calls), so it is not counted either.
    private static bool Covers(PolicyAssignmentData data, string subscriptionScope) =>
        !data.ExcludedScopes.Any(excluded => excluded.Equals(subscriptionScope, StringComparison.OrdinalIgnoreCase)
                                             || excluded.Contains("/managementGroups/", StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<string>? Locations(PolicyAssignmentData data)
    {
        if (!data.Parameters.TryGetValue("listOfAllowedLocations", out var parameter) || parameter.Value is null)
            return null;
        using var document = JsonDocument.Parse(parameter.Value);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
            return null;
        return [.. document.RootElement.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => Engine.Facts.Cloud.RegionCatalog.Normalise(e.GetString()!))
            .Order(StringComparer.Ordinal)];
    }
}
