using System.Collections.Frozen;
using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>
/// What an authentication strength allows, read from its combinations in wire form: a combination is MFA when it
/// holds two methods (<c>password,sms</c>) or one method that is multi-factor on its own; phishing-resistant only
/// when it is one of ScubaGear's three (AAD.rego <c>HasAcceptableMFA</c>).
/// </summary>
internal static class AuthenticationStrengths
{
    /// <summary>Methods that are two factors by themselves (a device-bound key or certificate unlocked by PIN or biometric,
    /// or a passwordless sign-in), as Microsoft's built-in "Multifactor authentication" strength lists them.</summary>
    private static readonly FrozenSet<string> MultiFactorAlone = new[]
    {
        "windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor", "deviceBasedPush", "federatedMultiFactor",
        "temporaryAccessPassOneTime", "temporaryAccessPassMultiUse", "qrCodePin",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> PhishingResistant =
        new[] { "windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The strength's allowed combinations: from the tenant's strengths (by id, then by name), else as embedded in the
    /// policy; null when the strengths were not read or the strength is not among them and the policy embeds none.
    /// </summary>
    public static IReadOnlyList<string>? Resolve(ConditionalAccessPolicy p, IReadOnlyList<AuthenticationStrength>? strengths)
    {
        if (strengths is null)
            return null;
        var strength = strengths.FirstOrDefault(s => p.AuthenticationStrengthId is { } id && string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase))
                       ?? strengths.FirstOrDefault(s => p.AuthenticationStrengthId is null && p.AuthenticationStrength is { } name
                                                         && (string.Equals(s.DisplayName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Id, name, StringComparison.OrdinalIgnoreCase)));
        if (strength is not null)
            return strength.AllowedCombinations;
        return p.AuthenticationStrengthCombinations.Count > 0 ? p.AuthenticationStrengthCombinations : null;
    }

    public static bool IsMfa(IReadOnlyList<string> combinations) =>
        combinations.Count > 0 && combinations.All(c => Methods(c) is var m && (m.Length >= 2 || (m.Length == 1 && MultiFactorAlone.Contains(m[0]))));

    public static bool IsPhishingResistant(IReadOnlyList<string> combinations) =>
        combinations.Count > 0 && combinations.All(PhishingResistant.Contains);

    /// <summary>The combinations that fall short (single-factor for MFA), for messages.</summary>
    public static IReadOnlyList<string> SingleFactor(IReadOnlyList<string> combinations) =>
        combinations.Where(c => Methods(c) is var m && m.Length < 2 && !(m.Length == 1 && MultiFactorAlone.Contains(m[0]))).ToList();

    private static string[] Methods(string combination) =>
        combination.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
