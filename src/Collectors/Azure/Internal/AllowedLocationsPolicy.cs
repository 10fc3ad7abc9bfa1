using System.Text.Json;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>What the policy assignments at or above a subscription say about allowed locations.</summary>
internal sealed record PolicyFinding(bool AllowedLocationsAssigned, string? Scope, IReadOnlyList<string>? AllowedLocations, int AssignmentCount);

/// <summary>
/// Looks for an enforced, unexempted assignment of the built-in "Allowed locations" or "Allowed locations for resource groups"
/// policies (azure-policy built-in-policies/policyDefinitions/General) among the assignments that apply to a subscription.
/// </summary>
internal static class AllowedLocationsPolicy
{
    private static readonly string[] DefinitionIds =
    [
        "e56962a6-4747-49cd-b67b-bf8b01975c4c", // Allowed locations
        "e765b5de-1225-4ba3-bd56-1ac6695af988", // Allowed locations for resource groups
    ];

    // atScope(): assignments (and exemptions) at the subscription and inherited from management groups above it, not
    // those below. Both through ArmPager, which never follows a nextLink off the ARM endpoint (the typed client would).
    public static async Task<PolicyFinding> FindAsync(ArmConnection arm, string subscriptionId, DateTimeOffset now, CancellationToken ct)
    {
        var exemptions = ExemptedAssignmentsAsync(arm, subscriptionId, now, ct);
        var (assignments, count) = await ArmPager.ListAsync(arm,
            $"subscriptions/{subscriptionId}/providers/Microsoft.Authorization/policyAssignments?api-version=2022-06-01&$filter=atScope()",
            PolicyAssignment.From, ct);
        var exempted = await exemptions;
        var matches = assignments.Where(a => IsEnforcedAllowedLocations(a) && Covers(a, $"/subscriptions/{subscriptionId}")
                                             && !exempted.Contains(a.Id)).ToList();
        var chosen = matches.OrderBy(m => m.Scope, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault();
        return new PolicyFinding(chosen is not null, chosen?.Scope, chosen?.AllowedLocations, count);
    }

    private static bool IsEnforcedAllowedLocations(PolicyAssignment assignment) =>
        assignment.PolicyDefinitionId is { } definition
        && DefinitionIds.Any(id => definition.EndsWith(id, StringComparison.OrdinalIgnoreCase))
        && !string.Equals(assignment.EnforcementMode, "DoNotEnforce", StringComparison.OrdinalIgnoreCase);

    // An assignment whose notScopes name the subscription does not apply to it; one excluding a management group might
    // (ARM does not say which groups the subscription sits under without more calls), so it is not counted either.
    private static bool Covers(PolicyAssignment assignment, string subscriptionScope) =>
        !assignment.NotScopes.Any(excluded => excluded.Equals(subscriptionScope, StringComparison.OrdinalIgnoreCase)
                                              || excluded.Contains("/managementGroups/", StringComparison.OrdinalIgnoreCase));

    // An exemption (waiver or mitigated) that has not expired takes the subscription out of the assignment.
    private static async Task<HashSet<string>> ExemptedAssignmentsAsync(ArmConnection arm, string subscriptionId, DateTimeOffset now,
        CancellationToken ct)
    {
        var (assignmentIds, _) = await ArmPager.ListAsync(arm,
            $"subscriptions/{subscriptionId}/providers/Microsoft.Authorization/policyExemptions?api-version=2022-07-01-preview&$filter=atScope()",
            exemption =>
            {
                var properties = exemption.GetProperty("properties");
                var expires = properties.TryGetProperty("expiresOn", out var e) && e.ValueKind == JsonValueKind.String ? e.GetDateTimeOffset() : (DateTimeOffset?)null;
                return expires is { } until && until <= now ? null : ArmPager.String(properties, "policyAssignmentId");
            }, ct);
        return new HashSet<string>(assignmentIds, StringComparer.OrdinalIgnoreCase);
    }
}
