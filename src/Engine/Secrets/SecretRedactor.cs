using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ComplianceEngine.Engine.Secrets;

/// <summary>
/// Removes secrets from text that came from outside (an API's error body, a proxy's echo of the request) before it is
/// recorded anywhere: every secret value the run knows (registered as it is read or issued: client secrets, access
/// tokens, session tokens), and the values of credential-bearing headers whatever they are (<c>Authorization</c>,
/// <c>X-Amz-Security-Token</c>, …), plus anything shaped like a JWT.
/// </summary>
/// <remarks>Process-wide on purpose: a secret is known in one layer (a credential) and must be kept out of every other
/// (logs, snapshot, reports, history), which share nothing else.</remarks>
public static partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    // Shorter values would mask ordinary words; no real secret is this short.
    private const int MinimumLength = 8;

    private static readonly ConcurrentDictionary<string, byte> Known = new(StringComparer.Ordinal);

    /// <summary>Registers a secret value; from now on it is masked wherever text is recorded.</summary>
    public static void Register(string? value)
    {
        if (value is null || value.Trim().Length < MinimumLength)
            return;
        Known.TryAdd(value.Trim(), 0);
        // As a proxy may echo it: URL-encoded or JSON-escaped.
        Known.TryAdd(Uri.EscapeDataString(value.Trim()), 0);
        Known.TryAdd(value.Trim().Replace("/", "\\/", StringComparison.Ordinal).Replace("+", "\\u002B", StringComparison.Ordinal), 0);
    }

    /// <summary>The text with every known secret and every credential header value masked; null stays null.</summary>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text;
        foreach (var secret in Known.Keys.OrderByDescending(k => k.Length))
        {
            if (text.Contains(secret, StringComparison.Ordinal))
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }
        text = CredentialHeader().Replace(text, m => m.Groups["name"].Value + m.Groups["sep"].Value + Mask);
        return Jwt().Replace(text, Mask);
    }

    /// <summary>Whether the text carries anything <see cref="Redact"/> would mask.</summary>
    public static bool Contains(string? text) => !string.Equals(Redact(text), text, StringComparison.Ordinal);

    // A header, query parameter or JSON property named like a credential, then its value up to the end of the line or
    // the closing quote: "Authorization: Bearer eyJ…", "X-Amz-Security-Token=…", "\"authorization\":\"…\"".
    [GeneratedRegex("""(?<name>\b(?:proxy-)?authorization|\bx-amz-security-token|\bx-amz-signature|\bx-amz-credential|\bx-ms-token[\w-]*|\bcookie|\bset-cookie|\bclient_secret|\baccess_token|\brefresh_token|\bsecret_?access_?key|\bsession_?token)(?<sep>\\?["']?\s*[:=]\s*\\?["']?)(?<value>[^"'\r\n&<>\\]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialHeader();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();
}
