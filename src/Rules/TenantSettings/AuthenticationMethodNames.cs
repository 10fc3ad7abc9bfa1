using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>The authentication-method configuration ids the MS.AAD 3.x rules read, and look-ups over the tenant's policy.</summary>
internal static class AuthenticationMethodNames
{
    public const string Authenticator = "MicrosoftAuthenticator";
    public const string MigrationComplete = "migrationComplete";

    /// <summary>The methods MS.AAD.3.5 wants off: SMS, voice call and e-mail one-time passcode.</summary>
    public static readonly IReadOnlyList<string> Weak = ["Sms", "Voice", "Email"];

    public static AuthenticationMethodSetting? Method(EntraTenant t, string id) =>
        t.AuthenticationMethods?.Methods.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));

    public static bool AuthenticatorEnabled(EntraTenant t) => Method(t, Authenticator)?.IsEnabled == true;

    /// <summary>ScubaGear reads a tenant that reports no migration state as migrated (the property is absent once the
    /// legacy policies are retired).</summary>
    public static bool Migrated(EntraTenant t) =>
        t.AuthenticationMethods is { } m && (m.PolicyMigrationState is null || string.Equals(m.PolicyMigrationState, MigrationComplete, StringComparison.OrdinalIgnoreCase));

    public static List<string> WeakEnabled(EntraTenant t) =>
        [.. Weak.Where(id => Method(t, id)?.IsEnabled == true)];
}
