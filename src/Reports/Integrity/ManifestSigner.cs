using System.Security.Cryptography;
using System.Text;
using ComplianceEngine.Engine;

namespace ComplianceEngine.Reports.Integrity;

/// <summary>
/// Signs and checks manifest.json with ECDSA P-256 over SHA-256 (.NET's own cryptography). manifest.sig holds
/// the signature as base64 of the DER (RFC 3279 Ecdsa-Sig-Value) encoding, the form OpenSSL reads:
/// <c>base64 -d manifest.sig &gt; sig.der &amp;&amp; openssl dgst -sha256 -verify public.pem -signature sig.der manifest.json</c>.
/// </summary>
public static class ManifestSigner
{
    public const string SignatureFileName = "manifest.sig";
    public const string Algorithm = "ECDSA P-256 SHA-256";
    public const string Format = "base64 DER (RFC 3279)";
    public const string EnvironmentVariable = "COMPLIANCE_SIGNING_KEY";
    private const DSASignatureFormat SignatureFormat = DSASignatureFormat.Rfc3279DerSequence;

    /// <summary>Reads an ECDSA P-256 key (private or public) from PEM text. The text never appears in an error.</summary>
    /// <param name="origin">Where the PEM came from, for the error message (a path or the environment variable's name).</param>
    public static ECDsa ImportPem(string pem, string origin, bool requirePrivate)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InputException(origin, null, null, "not a PEM-encoded ECDSA key (expected '-----BEGIN PRIVATE KEY-----', 'EC PRIVATE KEY' or 'PUBLIC KEY')");
        }
        var parameters = key.ExportParameters(includePrivateParameters: false);
        if (key.KeySize != 256 || parameters.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            throw new InputException(origin, null, null, $"the key is ECDSA {key.KeySize} bits on another curve; expected P-256 (prime256v1)");
        }
        if (requirePrivate && !HasPrivateKey(key))
        {
            key.Dispose();
            throw new InputException(origin, null, null, "the PEM holds a public key; signing needs the private key");
        }
        return key;
    }

    public static ECDsa ImportPemFile(string path, bool requirePrivate)
    {
        if (!File.Exists(path))
            throw new InputException(path, null, null, "the key file does not exist");
        return ImportPem(File.ReadAllText(path), path, requirePrivate);
    }

    public static byte[] Sign(ECDsa key, ReadOnlySpan<byte> manifest) =>
        Encoding.ASCII.GetBytes(Convert.ToBase64String(key.SignData(manifest, HashAlgorithmName.SHA256, SignatureFormat)) + "\n");

    /// <summary>True when <paramref name="signatureFile"/> (manifest.sig's bytes) is a valid signature of the manifest.</summary>
    public static bool Verify(ECDsa publicKey, ReadOnlySpan<byte> manifest, ReadOnlySpan<byte> signatureFile)
    {
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(Encoding.ASCII.GetString(signatureFile).Trim());
        }
        catch (FormatException)
        {
            return false;
        }
        return publicKey.VerifyData(manifest, signature, HashAlgorithmName.SHA256, SignatureFormat);
    }

    /// <summary>SHA-256 of the public key's SubjectPublicKeyInfo: names the key without revealing anything.</summary>
    public static string PublicKeySha256(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    private static bool HasPrivateKey(ECDsa key)
    {
        try
        {
            return key.ExportParameters(includePrivateParameters: true).D is { Length: > 0 };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
