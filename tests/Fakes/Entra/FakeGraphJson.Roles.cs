using System.Text.Json;

namespace ComplianceEngine.Fakes.Entra;

/// <summary>Role definitions, assignments, PIM schedules and expanded principals.</summary>
internal static partial class FakeGraphJson
{
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
        ScheduleInfo(json, s.Start, s.End);
        if (expand is not null)
            Principal(json, expand, s.PrincipalId);
        json.WriteEndObject();
    }

    /// <summary>A <c>privilegedAccessGroupEligibilitySchedule</c> (v1.0, "List eligibilitySchedules").</summary>
    public static void GroupEligibility(Utf8JsonWriter json, FakeGroupEligibility s, FakeGraphTenant? expand)
    {
        json.WriteStartObject();
        json.WriteString("id", s.Id);
        json.WriteString("createdDateTime", "2026-01-01T00:00:00Z");
        json.WriteString("modifiedDateTime", "2026-01-01T00:00:00Z");
        json.WriteString("createdUsing", s.Id);
        json.WriteString("status", "Provisioned");
        json.WriteString("accessId", s.AccessId);
        json.WriteString("principalId", s.PrincipalId);
        json.WriteString("memberType", "direct");
        json.WriteString("groupId", s.GroupId);
        ScheduleInfo(json, "2026-01-01T00:00:00Z", s.End);
        if (expand is not null)
            Principal(json, expand, s.PrincipalId);
        json.WriteEndObject();
    }

    /// <summary>A <c>requestSchedule</c>: from the start, until the end or without expiration.</summary>
    private static void ScheduleInfo(Utf8JsonWriter json, string? start, string? end)
    {
        json.WriteStartObject("scheduleInfo");
        json.WriteString("startDateTime", start);
        json.WriteNull("recurrence");
        json.WriteStartObject("expiration");
        json.WriteString("type", end is null ? "noExpiration" : "afterDateTime");
        json.WriteString("endDateTime", end);
        json.WriteNull("duration");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void MemberUser(Utf8JsonWriter json, string id)
    {
        json.WriteStartObject();
        json.WriteString("@odata.type", "#microsoft.graph.user");
        json.WriteString("id", id);
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
            json.WriteString("servicePrincipalType", "Application");
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
}
