using System.Text.Json;

namespace ComplianceEngine.Fakes.Entra;

/// <summary>Tenant settings in the shapes of the v1.0 "Get authorizationPolicy", "Get authenticationMethodsPolicy",
/// "Get adminConsentRequestPolicy", "List groupSettings" and "List domains" responses, and PIM's alert rules.</summary>
internal static partial class FakeGraphJson
{
    public static void AuthorizationPolicy(Utf8JsonWriter json, FakeAuthorizationPolicy p)
    {
        json.WriteStartObject();
        json.WriteString("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#policies/authorizationPolicy/$entity");
        json.WriteString("id", "authorizationPolicy");
        json.WriteString("displayName", "Authorization Policy");
        json.WriteString("description", "Used to manage authorization related settings across the company.");
        json.WriteString("allowInvitesFrom", p.AllowInvitesFrom);
        json.WriteBoolean("allowedToSignUpEmailBasedSubscriptions", true);
        json.WriteBoolean("allowedToUseSSPR", true);
        json.WriteBoolean("allowEmailVerifiedUsersToJoinOrganization", false);
        json.WriteBoolean("blockMsolPowerShell", false);
        json.WriteString("guestUserRoleId", p.GuestUserRoleId);
        json.WriteStartObject("defaultUserRolePermissions");
        json.WriteBoolean("allowedToCreateApps", p.AllowedToCreateApps);
        json.WriteBoolean("allowedToCreateSecurityGroups", true);
        json.WriteBoolean("allowedToCreateTenants", true);
        json.WriteBoolean("allowedToReadOtherUsers", true);
        Strings(json, "permissionGrantPoliciesAssigned", p.PermissionGrantPoliciesAssigned);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void AuthenticationMethodsPolicy(Utf8JsonWriter json, FakeAuthenticationMethods m)
    {
        json.WriteStartObject();
        json.WriteString("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#authenticationMethodsPolicy");
        json.WriteString("id", "authenticationMethodsPolicy");
        json.WriteString("displayName", "Authentication Methods Policy");
        json.WriteString("policyVersion", "1.5");
        json.WriteString("policyMigrationState", m.PolicyMigrationState);
        json.WriteStartArray("authenticationMethodConfigurations");
        foreach (var (id, state) in m.States)
        {
            json.WriteStartObject();
            json.WriteString("@odata.type", $"#microsoft.graph.{char.ToLowerInvariant(id[0])}{id[1..]}AuthenticationMethodConfiguration");
            json.WriteString("id", id);
            json.WriteString("state", state);
            json.WriteStartArray("excludeTargets");
            json.WriteEndArray();
            if (id == "MicrosoftAuthenticator")
            {
                json.WriteBoolean("isSoftwareOathEnabled", m.SoftwareOathEnabled);
                json.WriteStartObject("featureSettings");
                Feature(json, "displayAppInformationRequiredState", m.AppInformationState, m.FeatureTarget);
                Feature(json, "displayLocationInformationRequiredState", m.LocationInformationState, m.FeatureTarget);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Feature(Utf8JsonWriter json, string name, string state, string target)
    {
        json.WriteStartObject(name);
        json.WriteString("state", state);
        json.WriteStartObject("includeTarget");
        json.WriteString("targetType", "group");
        json.WriteString("id", target);
        json.WriteEndObject();
        json.WriteStartObject("excludeTarget");
        json.WriteString("targetType", "group");
        json.WriteString("id", "00000000-0000-0000-0000-000000000000");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void AdminConsentRequestPolicy(Utf8JsonWriter json, FakeAdminConsent c)
    {
        json.WriteStartObject();
        json.WriteString("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#policies/adminConsentRequestPolicy/$entity");
        json.WriteBoolean("isEnabled", c.IsEnabled);
        json.WriteBoolean("notifyReviewers", true);
        json.WriteBoolean("remindersEnabled", true);
        json.WriteNumber("requestDurationInDays", 30);
        json.WriteNumber("version", 2);
        json.WriteStartArray("reviewers");
        foreach (var query in c.ReviewerQueries)
        {
            json.WriteStartObject();
            json.WriteString("query", query);
            json.WriteString("queryType", "MicrosoftGraph");
            json.WriteNull("queryRoot");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void GroupSetting(Utf8JsonWriter json, FakeGroupSetting s)
    {
        json.WriteStartObject();
        json.WriteString("id", s.Id);
        json.WriteString("displayName", s.DisplayName);
        json.WriteString("templateId", s.TemplateId);
        json.WriteStartArray("values");
        foreach (var (name, value) in s.Values)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("value", value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void Domain(Utf8JsonWriter json, FakeDomain d)
    {
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("authenticationType", d.AuthenticationType);
        json.WriteBoolean("isVerified", d.IsVerified);
        json.WriteBoolean("isRoot", d.IsRoot);
        json.WriteBoolean("isDefault", d.IsRoot);
        json.WriteNumber("passwordValidityPeriodInDays", d.PasswordValidityPeriodInDays);
        json.WriteNumber("passwordNotificationWindowInDays", 14);
        json.WriteEndObject();
    }

    /// <summary>The admin alert rules of a role's PIM policy (the rules ScubaGear reads for MS.AAD.7.7–7.9).</summary>
    private static void NotificationRules(Utf8JsonWriter json, FakeRolePolicy policy)
    {
        AlertRule(json, "Notification_Admin_Admin_Assignment", "Admin", "Assignment", policy.AssignmentAlertRecipients);
        AlertRule(json, "Notification_Admin_Admin_Eligibility", "Admin", "Eligibility", policy.EligibilityAlertRecipients);
        AlertRule(json, "Notification_Admin_EndUser_Assignment", "EndUser", "Assignment", policy.ActivationAlertRecipients);
    }

    private static void AlertRule(Utf8JsonWriter json, string id, string caller, string level, IReadOnlyList<string>? recipients)
    {
        if (recipients is null)
            return;
        json.WriteStartObject();
        json.WriteString("@odata.type", "#microsoft.graph.unifiedRoleManagementPolicyNotificationRule");
        json.WriteString("id", id);
        json.WriteString("notificationType", "Email");
        json.WriteString("recipientType", "Admin");
        json.WriteString("notificationLevel", "All");
        json.WriteBoolean("isDefaultRecipientsEnabled", true);
        Strings(json, "notificationRecipients", recipients);
        json.WriteStartObject("target");
        json.WriteString("caller", caller);
        Strings(json, "operations", ["all"]);
        json.WriteString("level", level);
        Strings(json, "inheritableSettings", []);
        Strings(json, "enforcedSettings", []);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
