using System.Collections.Frozen;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// Classes of <c>methodsRegistered</c> values from <c>userRegistrationDetails</c>, as the rule catalogue defines
/// them (after ScubaGear MS.AAD.3.5/3.6 and CIS M365 5.2.2.5).
/// </summary>
internal static class AuthenticationMethods
{
    /// <summary>Methods that resist phishing: device-bound keys and Windows Hello. Synced passkeys are not among them.</summary>
    public static readonly FrozenSet<string> PhishingResistant = new[]
    {
        "fido2SecurityKey", "windowsHelloForBusiness", "passKeyDeviceBound", "passKeyDeviceBoundAuthenticator", "passKeyDeviceBoundWindowsHello",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Strong = new[]
    {
        "microsoftAuthenticatorPush", "microsoftAuthenticatorPasswordless", "softwareOneTimePasscode", "hardwareOneTimePasscode",
        "fido2SecurityKey", "windowsHelloForBusiness", "passKeyDeviceBound", "passKeyDeviceBoundAuthenticator",
        "passKeyDeviceBoundWindowsHello", "macOsSecureEnclaveKey",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Phone and e-mail one-time codes: interceptable (SIM swap, phishing relay).</summary>
    public static readonly FrozenSet<string> Weak = new[]
    {
        "mobilePhone", "alternateMobilePhone", "officePhone", "email",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool AnyOf(IReadOnlyList<string> methods, FrozenSet<string> set)
    {
        foreach (var method in methods)
        {
            if (set.Contains(method))
                return true;
        }
        return false;
    }

    public static IReadOnlyList<string> Only(IReadOnlyList<string>? methods, FrozenSet<string> set) =>
        (methods ?? []).Where(set.Contains).Order(StringComparer.Ordinal).ToList();
}
