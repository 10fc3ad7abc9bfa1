using System.Text.Json;

namespace ComplianceEngine.Fakes.Entra;

/// <summary>Writes Graph entities in their documented JSON shapes (see shared/reference/api-shapes/graph-*.json).</summary>
internal static partial class FakeGraphJson
{
    public static void User(Utf8JsonWriter json, FakeUser user, IReadOnlySet<string> select)
    {
        json.WriteStartObject();
        void Text(string name, string? value)
        {
            if (select.Contains(name))
                json.WriteString(name, value);
        }
        Text("id", user.Id);
        Text("displayName", user.DisplayName);
        Text("userPrincipalName", user.UserPrincipalName);
        Text("userType", user.UserType);
        if (select.Contains("accountEnabled"))
            json.WriteBoolean("accountEnabled", user.AccountEnabled);
        Text("createdDateTime", user.CreatedDateTime);
        if (select.Contains("onPremisesSyncEnabled"))
            NullableBool(json, "onPremisesSyncEnabled", user.OnPremisesSyncEnabled);
        Text("onPremisesImmutableId", user.OnPremisesImmutableId);
        if (select.Contains("assignedLicenses"))
        {
            json.WriteStartArray("assignedLicenses");
            for (var i = 0; i < user.LicenseCount; i++)
            {
                json.WriteStartObject();
                json.WriteStartArray("disabledPlans");
                json.WriteEndArray();
                json.WriteString("skuId", $"cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d{i:D2}");
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        Text("preferredDataLocation", user.PreferredDataLocation);
        Text("externalUserState", user.ExternalUserState);
        if (select.Contains("signInActivity"))
        {
            if (!user.HasSignInActivity)
                json.WriteNull("signInActivity");
            else
            {
                json.WriteStartObject("signInActivity");
                json.WriteString("lastSignInDateTime", user.LastSignIn);
                json.WriteString("lastSignInRequestId", user.LastSignIn is null ? null : "d4d31c40-4c36-4775-ad59-7d1e6a171f00");
                json.WriteString("lastNonInteractiveSignInDateTime", user.LastNonInteractiveSignIn);
                json.WriteString("lastNonInteractiveSignInRequestId", "");
                json.WriteString("lastSuccessfulSignInDateTime", user.LastSuccessfulSignIn);
                json.WriteString("lastSuccessfulSignInRequestId", user.LastSuccessfulSignIn is null ? null : "d4d31c40-4c36-4775-ad59-7d1e6a171f00");
                json.WriteEndObject();
            }
        }
        json.WriteEndObject();
    }

    public static void Registration(Utf8JsonWriter json, FakeRegistration r)
    {
        json.WriteStartObject();
        json.WriteString("id", r.UserId);
        json.WriteString("userPrincipalName", $"{r.UserId}@contoso.example");
        json.WriteString("userDisplayName", "User " + r.UserId[..8]);
        json.WriteBoolean("isAdmin", r.IsAdmin);
        json.WriteBoolean("isSsprRegistered", false);
        json.WriteBoolean("isSsprEnabled", false);
        json.WriteBoolean("isSsprCapable", false);
        json.WriteBoolean("isMfaRegistered", r.IsMfaRegistered);
        json.WriteBoolean("isMfaCapable", r.IsMfaCapable);
        json.WriteBoolean("isPasswordlessCapable", r.IsPasswordlessCapable);
        json.WriteString("lastUpdatedDateTime", "2026-11-20T19:15:41.6195833Z");
        Strings(json, "methodsRegistered", r.MethodsRegistered);
        json.WriteBoolean("isSystemPreferredAuthenticationMethodEnabled", true);
        Strings(json, "systemPreferredAuthenticationMethods", ["push"]);
        json.WriteString("userPreferredMethodForSecondaryAuthentication", "push");
        json.WriteString("userType", "member");
        json.WriteEndObject();
    }

    private static void NullableBool(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } b)
            json.WriteBoolean(name, b);
        else
            json.WriteNull(name);
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
