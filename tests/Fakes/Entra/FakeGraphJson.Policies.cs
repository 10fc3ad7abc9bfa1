using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ComplianceEngine.Fakes.Entra;

/// <summary>
/// PIM role settings: a <c>unifiedRoleManagementPolicyAssignment</c> with its policy and rules expanded, as in
/// "List roleManagementPolicyAssignments" (v1.0, example 2). Each rule carries its <c>@odata.type</c>.
/// </summary>
internal static partial class FakeGraphJson
{
    public static void RolePolicyAssignment(Utf8JsonWriter json, string tenantId, string roleDefinitionId, FakeRolePolicy policy,
        string scopeType, bool expandPolicy, bool expandRules, string scopeId = "/")
    {
        var policyId = $"{scopeType}_{tenantId}_{StableGuid(scopeId == "/" ? roleDefinitionId : scopeId + roleDefinitionId)}";
        json.WriteStartObject();
        json.WriteString("id", $"{policyId}_{roleDefinitionId}");
        json.WriteString("policyId", policyId);
        json.WriteString("scopeId", scopeId);
        json.WriteString("scopeType", scopeType);
        json.WriteString("roleDefinitionId", roleDefinitionId);
        if (expandPolicy)
        {
            json.WriteStartObject("policy");
            json.WriteString("id", policyId);
            json.WriteString("displayName", scopeType);
            json.WriteString("description", scopeType);
            json.WriteBoolean("isOrganizationDefault", false);
            json.WriteString("scopeId", scopeId);
            json.WriteString("scopeType", scopeType);
            json.WriteNull("lastModifiedDateTime");
            json.WriteStartObject("lastModifiedBy");
            json.WriteNull("displayName");
            json.WriteNull("id");
            json.WriteEndObject();
            if (expandRules)
                ActivationRules(json, policy);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>The end-user activation rules (the admin eligibility/assignment rules are left out: nothing reads them).</summary>
    private static void ActivationRules(Utf8JsonWriter json, FakeRolePolicy policy)
    {
        json.WriteStartArray("rules");
        Rule(json, "unifiedRoleManagementPolicyExpirationRule", "Expiration_EndUser_Assignment", () =>
        {
            json.WriteBoolean("isExpirationRequired", true);
            json.WriteString("maximumDuration", "PT8H");
        });
        Rule(json, "unifiedRoleManagementPolicyEnablementRule", "Enablement_EndUser_Assignment",
            () => Strings(json, "enabledRules", ["MultiFactorAuthentication", "Justification"]));
        if (policy.ApprovalRequired is { } required)
            Rule(json, "unifiedRoleManagementPolicyApprovalRule", "Approval_EndUser_Assignment", () => ApprovalSetting(json, required));
        Rule(json, "unifiedRoleManagementPolicyAuthenticationContextRule", "AuthenticationContext_EndUser_Assignment", () =>
        {
            json.WriteBoolean("isEnabled", false);
            json.WriteNull("claimValue");
        });
        Rule(json, "unifiedRoleManagementPolicyNotificationRule", "Notification_Approver_EndUser_Assignment", () =>
        {
            json.WriteString("notificationType", "Email");
            json.WriteString("recipientType", "Approver");
            json.WriteString("notificationLevel", "All");
            json.WriteBoolean("isDefaultRecipientsEnabled", true);
            Strings(json, "notificationRecipients", []);
        });
        NotificationRules(json, policy);
        json.WriteEndArray();
    }

    private static void ApprovalSetting(Utf8JsonWriter json, bool required)
    {
        json.WriteStartObject("setting");
        json.WriteBoolean("isApprovalRequired", required);
        json.WriteBoolean("isApprovalRequiredForExtension", false);
        json.WriteBoolean("isRequestorJustificationRequired", true);
        json.WriteString("approvalMode", "SingleStage");
        json.WriteStartArray("approvalStages");
        json.WriteStartObject();
        json.WriteNumber("approvalStageTimeOutInDays", 1);
        json.WriteBoolean("isApproverJustificationRequired", true);
        json.WriteNumber("escalationTimeInMinutes", 0);
        json.WriteBoolean("isEscalationEnabled", false);
        json.WriteStartArray("primaryApprovers");
        if (required)
        {
            json.WriteStartObject();
            json.WriteString("@odata.type", "#microsoft.graph.singleUser");
            json.WriteString("userId", "a11ce000-0000-4000-8000-0000000000ff");
            json.WriteString("description", "Security lead");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        Strings(json, "escalationApprovers", []);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Rule(Utf8JsonWriter json, string type, string id, Action body)
    {
        json.WriteStartObject();
        json.WriteString("@odata.type", "#microsoft.graph." + type);
        json.WriteString("id", id);
        body();
        json.WriteStartObject("target");
        json.WriteString("caller", "EndUser");
        Strings(json, "operations", ["all"]);
        json.WriteString("level", "Assignment");
        Strings(json, "inheritableSettings", []);
        Strings(json, "enforcedSettings", []);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static Guid StableGuid(string text) => new(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
