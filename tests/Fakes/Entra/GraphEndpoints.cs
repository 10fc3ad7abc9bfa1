namespace ComplianceEngine.Fakes.Entra;

/// <summary>Names of the Graph endpoints the fake serves, for fault injection and call counts.</summary>
public static partial class GraphEndpoints
{
    public const string Users = "users";
    public const string UserRegistrationDetails = "userRegistrationDetails";
    public const string RoleDefinitions = "roleDefinitions";
    public const string RoleAssignments = "roleAssignments";
    public const string RoleEligibilitySchedules = "roleEligibilitySchedules";
    public const string RoleAssignmentSchedules = "roleAssignmentSchedules";
    public const string TransitiveMembers = "transitiveMembers";

    /// <summary><c>/v1.0/groups/{id}</c>: one group's id and display name.</summary>
    public const string Group = "group";
    public const string Organization = "organization";
    public const string SecurityDefaults = "securityDefaults";
    public const string ConditionalAccessPolicies = "conditionalAccessPolicies";
    public const string RoleManagementPolicyAssignments = "roleManagementPolicyAssignments";
    public const string AuthenticationStrengthPolicies = "authenticationStrengthPolicies";
    public const string GroupEligibilitySchedules = "groupEligibilitySchedules";
    public const string SubscribedSkus = "subscribedSkus";

    /// <summary><c>policies/roleManagementPolicyAssignments</c> filtered on <c>scopeType eq 'Group'</c> (PIM for Groups settings).</summary>
    public const string GroupRoleManagementPolicyAssignments = "groupRoleManagementPolicyAssignments";

    private static readonly Dictionary<string, string> Paths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/v1.0/users"] = Users,
        ["/v1.0/reports/authenticationMethods/userRegistrationDetails"] = UserRegistrationDetails,
        ["/v1.0/roleManagement/directory/roleDefinitions"] = RoleDefinitions,
        ["/v1.0/roleManagement/directory/roleAssignments"] = RoleAssignments,
        ["/v1.0/roleManagement/directory/roleEligibilitySchedules"] = RoleEligibilitySchedules,
        ["/v1.0/roleManagement/directory/roleAssignmentSchedules"] = RoleAssignmentSchedules,
        ["/v1.0/organization"] = Organization,
        ["/v1.0/policies/identitySecurityDefaultsEnforcementPolicy"] = SecurityDefaults,
        ["/v1.0/identity/conditionalAccess/policies"] = ConditionalAccessPolicies,
        ["/v1.0/policies/roleManagementPolicyAssignments"] = RoleManagementPolicyAssignments,
        ["/v1.0/identity/conditionalAccess/authenticationStrength/policies"] = AuthenticationStrengthPolicies,
        ["/v1.0/identityGovernance/privilegedAccess/group/eligibilitySchedules"] = GroupEligibilitySchedules,
        ["/v1.0/subscribedSkus"] = SubscribedSkus,
    };

    /// <summary>The endpoint of a request, telling group-scoped PIM policy reads from directory-role ones by the query.</summary>
    public static string? Of(string path, string query)
    {
        var endpoint = Of(path);
        return endpoint == RoleManagementPolicyAssignments && Uri.UnescapeDataString(query).Contains("scopeType eq 'Group'", StringComparison.Ordinal)
            ? GroupRoleManagementPolicyAssignments
            : endpoint;
    }

    public static string? Of(string path)
    {
        if (Paths.TryGetValue(path, out var endpoint) || SettingsPaths.TryGetValue(path, out endpoint))
            return endpoint;
        if (GroupIdOf(path) is not null)
            return Group;
        return GroupIdOfTransitiveMembers(path) is null ? null : TransitiveMembers;
    }

    /// <summary>The group id of <c>/v1.0/groups/{id}</c>, else null.</summary>
    public static string? GroupIdOf(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["v1.0", "groups", var id] ? id : null;

    /// <summary>The group id of <c>/v1.0/groups/{id}/transitiveMembers/graph.user</c>, else null.</summary>
    public static string? GroupIdOfTransitiveMembers(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts is ["v1.0", "groups", var id, "transitiveMembers", "graph.user" or "microsoft.graph.user"] ? id : null;
    }
}
