using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Facts.Entra;

// The tenant-wide settings the ScubaGear MS.AAD 3.3–3.5, 5.x, 6.1, 7.7–7.9 and 8.x rules read. Each comes from its
// own dataset and is null when that dataset was not read, so a rule reading it says "missing" rather than guessing.
public sealed partial record EntraTenant
{
    /// <summary><c>GET /policies/authorizationPolicy</c> (dataset <c>entra.authorizationPolicy</c>).</summary>
    public AuthorizationSettings? Authorization { get; init; }

    /// <summary><c>GET /policies/authenticationMethodsPolicy</c> (dataset <c>entra.authenticationMethodsPolicy</c>).</summary>
    public AuthenticationMethodsSettings? AuthenticationMethods { get; init; }

    /// <summary><c>GET /policies/adminConsentRequestPolicy</c> (dataset <c>entra.adminConsentPolicy</c>).</summary>
    public AdminConsentSettings? AdminConsent { get; init; }

    /// <summary>
    /// <c>EnableGroupSpecificConsent</c> of the "Consent Policy Settings" directory setting (<c>GET /groupSettings</c>,
    /// dataset <c>entra.directorySettings</c>); false when the tenant has no such setting object (the template's default).
    /// </summary>
    public bool? GroupSpecificConsentEnabled { get; init; }

    /// <summary><c>GET /domains</c> (dataset <c>entra.domains</c>).</summary>
    public IReadOnlyList<TenantDomain>? Domains { get; init; }

    /// <summary>
    /// The PIM notification rules of the highly privileged roles' policies (dataset <c>entra.pimPolicies</c>), one per
    /// role that has a policy assignment at scope <c>/</c>.
    /// </summary>
    public IReadOnlyList<RoleNotificationSettings>? PimNotifications { get; init; }
}

/// <summary>The parts of the tenant's <c>authorizationPolicy</c> the application and guest rules read.</summary>
public sealed record AuthorizationSettings
{
    /// <summary><c>defaultUserRolePermissions.allowedToCreateApps</c>.</summary>
    public bool? AllowedToCreateApps { get; init; }

    /// <summary><c>defaultUserRolePermissions.permissionGrantPoliciesAssigned</c>: the consent policies users hold.</summary>
    public IReadOnlyList<string> PermissionGrantPoliciesAssigned { get; init; } = [];

    /// <summary><c>guestUserRoleId</c>: the guest access level.</summary>
    public string? GuestUserRoleId { get; init; }

    /// <summary><c>allowInvitesFrom</c>: <c>none</c>, <c>adminsAndGuestInviters</c>, <c>adminsGuestInvitersAndAllMembers</c> or <c>everyone</c>.</summary>
    public string? AllowInvitesFrom { get; init; }
}

/// <summary>The tenant's authentication methods policy: its migration state and each method's configuration.</summary>
public sealed record AuthenticationMethodsSettings
{
    /// <summary><c>policyMigrationState</c>: <c>preMigration</c>, <c>migrationInProgress</c> or <c>migrationComplete</c>.</summary>
    public string? PolicyMigrationState { get; init; }

    public IReadOnlyList<AuthenticationMethodSetting> Methods { get; init; } = [];
}

/// <summary>One <c>authenticationMethodConfiguration</c> (<c>id</c> <c>Sms</c>, <c>Voice</c>, <c>Email</c>, <c>MicrosoftAuthenticator</c>, …).</summary>
public sealed record AuthenticationMethodSetting
{
    public required string Id { get; init; }

    /// <summary><c>enabled</c> or <c>disabled</c>.</summary>
    public string State { get; init; } = "disabled";

    /// <summary>Microsoft Authenticator only: <c>featureSettings.displayAppInformationRequiredState</c>.</summary>
    public AuthenticatorFeature? DisplayAppInformation { get; init; }

    /// <summary>Microsoft Authenticator only: <c>featureSettings.displayLocationInformationRequiredState</c>.</summary>
    public AuthenticatorFeature? DisplayLocationInformation { get; init; }

    /// <summary>Microsoft Authenticator only: <c>isSoftwareOathEnabled</c> (OTP codes, which show no context).</summary>
    public bool? SoftwareOathEnabled { get; init; }

    [JsonIgnore]
    public bool IsEnabled => string.Equals(State, "enabled", StringComparison.OrdinalIgnoreCase);
}

/// <summary>An Authenticator feature setting: <c>state</c> (<c>enabled</c>, <c>disabled</c>, <c>default</c>) and the target it includes (<c>all_users</c> or a group id).</summary>
public sealed record AuthenticatorFeature
{
    public string? State { get; init; }
    public string? IncludeTarget { get; init; }

    [JsonIgnore]
    public bool IsOnForAllUsers => string.Equals(State, "enabled", StringComparison.OrdinalIgnoreCase)
                                   && string.Equals(IncludeTarget, "all_users", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The admin consent workflow (<c>adminConsentRequestPolicy</c>).</summary>
public sealed record AdminConsentSettings
{
    public bool IsEnabled { get; init; }

    /// <summary>How many reviewer queries (users, groups or roles) are named.</summary>
    public int ReviewerCount { get; init; }
}

/// <summary>One domain of the tenant and its password expiry.</summary>
public sealed record TenantDomain
{
    public required string Id { get; init; }
    public bool IsVerified { get; init; }
    public bool IsRoot { get; init; }

    /// <summary><c>Managed</c> or <c>Federated</c>.</summary>
    public string? AuthenticationType { get; init; }

    /// <summary>Days until a password expires; 2147483647 means never. Null when not reported.</summary>
    public int? PasswordValidityPeriodInDays { get; init; }

    public const int NeverExpires = int.MaxValue;

    [JsonIgnore]
    public bool IsManaged => string.Equals(AuthenticationType, "Managed", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The notification rules of one role's PIM policy: who besides the default recipients gets the e-mail when someone is
/// assigned the role as active (<c>Notification_Admin_Admin_Assignment</c>) or eligible
/// (<c>Notification_Admin_Admin_Eligibility</c>), and when an eligible holder activates it (<c>Notification_Admin_EndUser_Assignment</c>).
/// Null lists mean the rule was not in the policy.
/// </summary>
public sealed record RoleNotificationSettings
{
    public required string RoleTemplateId { get; init; }
    public string? RoleName { get; init; }
    public IReadOnlyList<string>? ActiveAssignmentRecipients { get; init; }
    public IReadOnlyList<string>? EligibleAssignmentRecipients { get; init; }
    public IReadOnlyList<string>? ActivationRecipients { get; init; }
}
