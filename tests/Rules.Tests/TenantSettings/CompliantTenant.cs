using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Rules.Tests.TenantSettings;

/// <summary>A tenant whose settings meet every MS.AAD policy the tenant-settings rules check; tests change one thing.</summary>
internal static class CompliantTenant
{
    public static readonly AuthenticatorFeature OnForAll = new() { State = "enabled", IncludeTarget = "all_users" };

    public static EntraTenant Create() => Some.Tenant() with
    {
        Authorization = new AuthorizationSettings
        {
            AllowedToCreateApps = false,
            PermissionGrantPoliciesAssigned = ["ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat"],
            GuestUserRoleId = "2af84b1e-32c8-42b7-82bc-daa82404023b",
            AllowInvitesFrom = "adminsAndGuestInviters",
        },
        AuthenticationMethods = new AuthenticationMethodsSettings
        {
            PolicyMigrationState = "migrationComplete",
            Methods =
            [
                new() { Id = "Email", State = "disabled" },
                new() { Id = "MicrosoftAuthenticator", State = "enabled", DisplayAppInformation = OnForAll, DisplayLocationInformation = OnForAll, SoftwareOathEnabled = false },
                new() { Id = "Sms", State = "disabled" },
                new() { Id = "Voice", State = "disabled" },
            ],
        },
        AdminConsent = new AdminConsentSettings { IsEnabled = true, ReviewerCount = 1 },
        GroupSpecificConsentEnabled = false,
        Domains =
        [
            new TenantDomain { Id = "contoso.example", IsRoot = true, IsVerified = true, AuthenticationType = "Managed", PasswordValidityPeriodInDays = TenantDomain.NeverExpires },
        ],
        PimNotifications =
        [
            Alerts(EntraRoleIds.GlobalAdministrator),
            Alerts(EntraRoleIds.SecurityAdministrator),
        ],
    };

    public static RoleNotificationSettings Alerts(string role, string[]? active = null, string[]? eligible = null, string[]? activation = null) => new()
    {
        RoleTemplateId = role,
        ActiveAssignmentRecipients = active ?? ["soc@contoso.example"],
        EligibleAssignmentRecipients = eligible ?? ["soc@contoso.example"],
        ActivationRecipients = activation ?? ["soc@contoso.example"],
    };

    public static EntraTenant WithAuthenticator(this EntraTenant t, Func<AuthenticationMethodSetting, AuthenticationMethodSetting> change) => t with
    {
        AuthenticationMethods = t.AuthenticationMethods! with
        {
            Methods = [.. t.AuthenticationMethods.Methods.Select(m => m.Id == "MicrosoftAuthenticator" ? change(m) : m)],
        },
    };
}
