using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using Microsoft.Graph.Models;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>From the SDK's models to the tenant-settings fact records, in Graph's wire spelling.</summary>
internal static class TenantSettingsMapper
{
    private const string AssignmentAlert = "Notification_Admin_Admin_Assignment";
    private const string EligibilityAlert = "Notification_Admin_Admin_Eligibility";
    private const string ActivationAlert = "Notification_Admin_EndUser_Assignment";

    public static AuthorizationSettings Authorization(AuthorizationPolicy p) => new()
    {
        AllowedToCreateApps = p.DefaultUserRolePermissions?.AllowedToCreateApps,
        PermissionGrantPoliciesAssigned = [.. (p.DefaultUserRolePermissions?.PermissionGrantPoliciesAssigned ?? []).OfType<string>()],
        GuestUserRoleId = p.GuestUserRoleId?.ToString(),
        AllowInvitesFrom = WireValues.Of(p.AllowInvitesFrom),
    };

    public static AuthenticationMethodsSettings Methods(AuthenticationMethodsPolicy p) => new()
    {
        PolicyMigrationState = WireValues.Of(p.PolicyMigrationState),
        Methods = [.. (p.AuthenticationMethodConfigurations ?? []).Where(c => c.Id is not null).Select(Method).OrderBy(m => m.Id, StringComparer.Ordinal)],
    };

    private static AuthenticationMethodSetting Method(AuthenticationMethodConfiguration c)
    {
        var setting = new AuthenticationMethodSetting { Id = c.Id!, State = WireValues.Of(c.State) ?? "disabled" };
        if (c is not MicrosoftAuthenticatorAuthenticationMethodConfiguration authenticator)
            return setting;
        return setting with
        {
            DisplayAppInformation = Feature(authenticator.FeatureSettings?.DisplayAppInformationRequiredState),
            DisplayLocationInformation = Feature(authenticator.FeatureSettings?.DisplayLocationInformationRequiredState),
            SoftwareOathEnabled = authenticator.IsSoftwareOathEnabled,
        };
    }

    private static AuthenticatorFeature? Feature(AuthenticationMethodFeatureConfiguration? f) =>
        f is null ? null : new AuthenticatorFeature { State = WireValues.Of(f.State), IncludeTarget = f.IncludeTarget?.Id };

    public static AdminConsentSettings AdminConsent(AdminConsentRequestPolicy p) => new()
    {
        IsEnabled = p.IsEnabled == true,
        ReviewerCount = p.Reviewers?.Count(r => !string.IsNullOrWhiteSpace(r.Query)) ?? 0,
    };

    /// <summary>EnableGroupSpecificConsent of the "Consent Policy Settings" object; false when there is none (the template's default).</summary>
    public static bool GroupSpecificConsent(IEnumerable<GroupSetting> settings)
    {
        var value = settings
            .Where(s => string.Equals(s.TemplateId, SettingsReader.ConsentPolicySettingsTemplate, StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => s.Values ?? [])
            .FirstOrDefault(v => string.Equals(v.Name, "EnableGroupSpecificConsent", StringComparison.OrdinalIgnoreCase))?.Value;
        return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
    }

    public static TenantDomain? Domain(Domain d) => d.Id is null ? null : new TenantDomain
    {
        Id = d.Id,
        IsVerified = d.IsVerified == true,
        IsRoot = d.IsRoot == true,
        AuthenticationType = d.AuthenticationType,
        PasswordValidityPeriodInDays = d.PasswordValidityPeriodInDays,
    };

    /// <summary>The three alert rules of each highly privileged role's policy at scope <c>/</c>.</summary>
    public static IReadOnlyList<RoleNotificationSettings> Notifications(IEnumerable<UnifiedRoleManagementPolicyAssignment> assignments)
    {
        var privileged = new HashSet<string>(EntraRoleIds.HighlyPrivileged, StringComparer.OrdinalIgnoreCase);
        return [.. assignments
            .Where(a => a.ScopeId == "/" && a.RoleDefinitionId is { } r && privileged.Contains(r))
            .GroupBy(a => a.RoleDefinitionId!.ToLowerInvariant())
            .Select(g =>
            {
                var rules = g.SelectMany(a => a.Policy?.Rules ?? []).OfType<UnifiedRoleManagementPolicyNotificationRule>().ToList();
                return new RoleNotificationSettings
                {
                    RoleTemplateId = g.Key,
                    ActiveAssignmentRecipients = Recipients(rules, AssignmentAlert),
                    EligibleAssignmentRecipients = Recipients(rules, EligibilityAlert),
                    ActivationRecipients = Recipients(rules, ActivationAlert),
                };
            })
            .OrderBy(n => n.RoleTemplateId, StringComparer.Ordinal)];
    }

    private static IReadOnlyList<string>? Recipients(List<UnifiedRoleManagementPolicyNotificationRule> rules, string id) =>
        rules.FirstOrDefault(r => r.Id == id) is { } rule
            ? [.. (rule.NotificationRecipients ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Order(StringComparer.OrdinalIgnoreCase)]
            : null;
}
