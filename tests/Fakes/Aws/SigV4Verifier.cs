using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>
/// Checks AWS Signature Version 4 on requests the fakes receive, written from the public specification and
/// independent of AWSSDK.Core, so a client-side signing mistake shows up as <c>SignatureDoesNotMatch</c>.
/// </summary>
public static class SigV4Verifier
{
    /// <summary>The scope parts of an Authorization header: access key id, date, region, service; null when absent.</summary>
    public static (string AccessKeyId, string Date, string Region, string Service)? ScopeOf(string? authorization)
    {
        var credential = Part(authorization, "Credential=");
        var parts = credential?.Split('/');
        return parts is { Length: 5 } ? (parts[0], parts[1], parts[2], parts[3]) : null;
    }

    /// <summary>True when the request's signature is the one the secret key gives.</summary>
    public static bool Verify(HttpRequest request, byte[] body, string secretKey)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (ScopeOf(authorization) is not { } scope || Part(authorization, "SignedHeaders=") is not { } signed
            || Part(authorization, "Signature=") is not { } signature)
            return false;
        var names = signed.Split(';');
        var headers = names.ToDictionary(n => n, n => n == "host" ? request.Host.Value ?? string.Empty : request.Headers[n].ToString());
        var payloadHash = request.Headers["x-amz-content-sha256"].ToString() is { Length: > 0 } declared && declared != "UNSIGNED-PAYLOAD"
            ? declared
            : Hex(SHA256.HashData(body));
        if (request.Headers["x-amz-content-sha256"].ToString() == "UNSIGNED-PAYLOAD")
            payloadHash = "UNSIGNED-PAYLOAD";
        var expected = Signature(request.Method, request.Path.ToUriComponent(), request.QueryString.Value ?? string.Empty, headers,
            payloadHash, secretKey, request.Headers["x-amz-date"].ToString(), scope.Region, scope.Service);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }

    /// <summary>The SigV4 signature of a request given as its parts (headers: lower-case name → value).</summary>
    public static string Signature(string method, string path, string query, IReadOnlyDictionary<string, string> headers,
        string payloadHash, string secretKey, string amzDate, string region, string service)
    {
        var names = headers.Keys.Select(k => k.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
        var canonicalHeaders = string.Concat(names.Select(n => $"{n}:{Collapse(headers.First(h => h.Key.Equals(n, StringComparison.OrdinalIgnoreCase)).Value)}\n"));
        var canonicalRequest = string.Join('\n', method, path.Length == 0 ? "/" : path, CanonicalQuery(query), canonicalHeaders,
            string.Join(';', names), payloadHash);
        var date = amzDate[..8];
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        return Hex(Hmac(key, stringToSign));
    }

    private static string CanonicalQuery(string query) => string.Join('&', query.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .Select(p => (Key: Encode(Uri.UnescapeDataString(p[0])), Value: Encode(p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty)))
        .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
        .Select(p => $"{p.Key}={p.Value}"));

    private static string Encode(string value) => string.Concat(Encoding.UTF8.GetBytes(value).Select(b =>
        char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~'
            ? ((char)b).ToString()
            : "%" + b.ToString("X2", CultureInfo.InvariantCulture)));

    private static string Collapse(string value) => string.Join(' ', value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string? Part(string? authorization, string prefix)
    {
        var start = authorization?.IndexOf(prefix, StringComparison.Ordinal) ?? -1;
        if (start < 0)
            return null;
        var rest = authorization![(start + prefix.Length)..];
        var end = rest.IndexOf(',');
        return (end < 0 ? rest : rest[..end]).Trim();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
