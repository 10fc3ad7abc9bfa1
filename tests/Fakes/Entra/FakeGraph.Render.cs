using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ComplianceEngine.Fakes.Entra;

public sealed partial class FakeGraph
{
    private static readonly string[] DefaultUserProperties =
        ["id", "displayName", "userPrincipalName", "givenName", "surname", "mail", "jobTitle"];

    private PooledBuffer Render(string endpoint, HttpContext context, int offset, out int status)
    {
        status = 200;
        var query = context.Request.Query;
        var expandPrincipal = query["$expand"].ToString().Contains("principal", StringComparison.Ordinal);
        if (RenderSettings(endpoint, context, offset) is { } settings)
            return settings;
        switch (endpoint)
        {
            case GraphEndpoints.Users:
            {
                var select = query["$select"].ToString() is { Length: > 0 } s ? s.Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase) : DefaultUserProperties.ToHashSet();
                var top = int.TryParse(query["$top"], out var t) ? t : 100;
                if (select.Contains("signInActivity") && SignInActivityForbidden)
                    return Error(out status, 403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant", "Neither tenant is B2C or tenant doesn't have premium license");
                if (top > 999 || (select.Contains("signInActivity") && top > 120))
                    return Error(out status, 400, "Request_UnsupportedQuery", "Invalid page size specified.");
                return Page(context, offset, top, Tenant.Users, (w, u) => FakeGraphJson.User(w, u, select));
            }
            case GraphEndpoints.UserRegistrationDetails:
                return Page(context, offset, PageSizes[endpoint], Tenant.Registrations, FakeGraphJson.Registration);
            case GraphEndpoints.RoleDefinitions:
                return Page(context, offset, PageSizes[endpoint], Tenant.RoleDefinitions, FakeGraphJson.RoleDefinition);
            case GraphEndpoints.RoleAssignments:
                return Page(context, offset, PageSizes[endpoint], Tenant.RoleAssignments,
                    (w, a) => FakeGraphJson.RoleAssignment(w, a, expandPrincipal ? Tenant : null));
            case GraphEndpoints.RoleEligibilitySchedules:
                return Page(context, offset, PageSizes[endpoint], Tenant.EligibilitySchedules,
                    (w, s) => FakeGraphJson.Schedule(w, s, eligible: true, expandPrincipal ? Tenant : null));
            case GraphEndpoints.RoleAssignmentSchedules:
                return Page(context, offset, PageSizes[endpoint], Tenant.AssignmentSchedules,
                    (w, s) => FakeGraphJson.Schedule(w, s, eligible: false, expandPrincipal ? Tenant : null));
            case GraphEndpoints.TransitiveMembers:
            {
                var groupId = GraphEndpoints.GroupIdOfTransitiveMembers(context.Request.Path.Value!)!;
                if (!Tenant.Groups.TryGetValue(groupId, out var group))
                    return Error(out status, 404, "Request_ResourceNotFound", $"Resource '{groupId}' does not exist.");
                if (group.MembersForbidden)
                    return Error(out status, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
                var top = int.TryParse(query["$top"], out var t) ? Math.Min(t, 999) : 100;
                return Page(context, offset, top, group.MemberIds, FakeGraphJson.MemberUser);
            }
            case GraphEndpoints.Group:
            {
                var groupId = GraphEndpoints.GroupIdOf(context.Request.Path.Value!)!;
                if (!Tenant.Groups.TryGetValue(groupId, out var group))
                    return Error(out status, 404, "Request_ResourceNotFound", $"Resource '{groupId}' does not exist.");
                return Render(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#groups(id,displayName)/$entity");
                    w.WriteString("id", group.Id);
                    w.WriteString("displayName", group.DisplayName);
                    w.WriteEndObject();
                });
            }
            case GraphEndpoints.Organization:
                return Page(context, 0, 1, [Tenant], FakeGraphJson.Organization);
            case GraphEndpoints.SecurityDefaults:
                return Render(w => FakeGraphJson.SecurityDefaults(w, Tenant.SecurityDefaultsEnabled));
            case GraphEndpoints.ConditionalAccessPolicies:
                return Page(context, offset, PageSizes[endpoint], Tenant.ConditionalAccessPolicies, FakeGraphJson.CaPolicy);
            case GraphEndpoints.SubscribedSkus:
                return Page(context, offset, PageSizes[endpoint], Tenant.Skus, FakeGraphJson.Sku);
            case GraphEndpoints.AuthenticationStrengthPolicies:
                return Page(context, offset, PageSizes[endpoint], Tenant.AuthenticationStrengths, FakeGraphJson.Strength);
            case GraphEndpoints.GroupEligibilitySchedules:
            {
                var filter = query["$filter"].ToString();
                const string prefix = "groupId eq '";
                if (!filter.StartsWith(prefix, StringComparison.Ordinal) || !filter.EndsWith('\''))
                    return Error(out status, 400, "BadRequest", "The request must filter on groupId or principalId.");
                var groupId = filter[prefix.Length..^1];
                var schedules = Tenant.GroupEligibilitySchedules.Where(s => s.GroupId == groupId).ToList();
                return Page(context, offset, PageSizes[endpoint], schedules, (w, s) => FakeGraphJson.GroupEligibility(w, s, expandPrincipal ? Tenant : null));
            }
            case GraphEndpoints.RoleManagementPolicyAssignments or GraphEndpoints.GroupRoleManagementPolicyAssignments:
            {
                if (RolePolicyFilter.Parse(query["$filter"].ToString()) is not { } filter)
                    return Error(out status, 400, "BadRequest", "The request must filter on scopeId and scopeType.");
                var expand = query["$expand"].ToString();
                var expandPolicy = expand.StartsWith("policy", StringComparison.Ordinal);
                var expandRules = expand.Contains("$expand=rules", StringComparison.Ordinal);
                if (filter.ScopeType == "Group")
                {
                    var groupPolicies = Tenant.GroupPolicies.Where(p => p.Key == filter.ScopeId && filter.RoleDefinitionId is null or "member").ToList();
                    return Page(context, offset, PageSizes[GraphEndpoints.RoleManagementPolicyAssignments], groupPolicies, (w, p) =>
                        FakeGraphJson.RolePolicyAssignment(w, Tenant.TenantId, "member", p.Value, filter.ScopeType, expandPolicy, expandRules, p.Key));
                }
                var policies = Tenant.RolePolicies.Where(p => filter.Matches(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                return Page(context, offset, PageSizes[GraphEndpoints.RoleManagementPolicyAssignments], policies, (w, p) =>
                    FakeGraphJson.RolePolicyAssignment(w, Tenant.TenantId, p.Key, p.Value, filter.ScopeType, expandPolicy, expandRules));
            }
            default:
                return Error(out status, 404, "Request_ResourceNotFound", "Resource not found for the segment.");
        }
    }

    private static PooledBuffer Page<T>(HttpContext context, int offset, int pageSize, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write) =>
        Render(json =>
        {
            json.WriteStartObject();
            json.WriteString("@odata.context", $"https://graph.microsoft.com/v1.0/$metadata#{context.Request.Path.Value!["/v1.0/".Length..]}");
            var end = Math.Min(items.Count, offset + pageSize);
            if (end < items.Count)
                json.WriteString("@odata.nextLink", NextLink(context, end));
            json.WriteStartArray("value");
            for (var i = offset; i < end; i++)
                write(json, items[i]);
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static string NextLink(HttpContext context, int offset)
    {
        var request = context.Request;
        var query = request.Query
            .Where(q => q.Key != "$skiptoken")
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"$skiptoken={offset}");
        return $"{request.Scheme}://{request.Host}{request.Path}?{string.Join('&', query)}";
    }

    private static PooledBuffer Render(Action<Utf8JsonWriter> write)
    {
        var buffer = new PooledBuffer();
        using (var json = new Utf8JsonWriter(buffer))
            write(json);
        return buffer;
    }

    private static PooledBuffer Error(out int status, int code, string errorCode, string message)
    {
        status = code;
        return Render(json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("error");
            json.WriteString("code", errorCode);
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }
}
