using System.Security.Cryptography;
using ComplianceEngine.Engine;
using ComplianceEngine.Reports.Integrity;

namespace ComplianceEngine.Reports.Tests.Integrity;

public sealed class ManifestSignerTests
{
    [Fact]
    public void A_signature_is_base64_der_that_verifies_with_the_public_key()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        byte[] manifest = "{\"files\":[]}"u8.ToArray();

        var file = ManifestSigner.Sign(key, manifest);

        var der = Convert.FromBase64String(System.Text.Encoding.ASCII.GetString(file).Trim());
        der[0].ShouldBe((byte)0x30, "a DER SEQUENCE");
        key.VerifyData(manifest, der, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence).ShouldBeTrue();
        using var publicKey = ManifestSigner.ImportPem(key.ExportSubjectPublicKeyInfoPem(), "public.pem", requirePrivate: false);
        ManifestSigner.Verify(publicKey, manifest, file).ShouldBeTrue();
    }

    [Fact]
    public void Private_keys_are_read_from_pkcs8_and_sec1_pem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        using var pkcs8 = ManifestSigner.ImportPem(key.ExportPkcs8PrivateKeyPem(), "k", requirePrivate: true);
        using var sec1 = ManifestSigner.ImportPem(key.ExportECPrivateKeyPem(), "k", requirePrivate: true);

        ManifestSigner.PublicKeySha256(pkcs8).ShouldBe(ManifestSigner.PublicKeySha256(key));
        ManifestSigner.PublicKeySha256(sec1).ShouldBe(ManifestSigner.PublicKeySha256(key));
    }

    [Fact]
    public void A_bad_key_is_an_input_error_that_does_not_echo_the_pem()
    {
        const string secretLooking = "-----BEGIN PRIVATE KEY-----\nTUlJQ1NFQ1JFVA==\n-----END PRIVATE KEY-----";

        var error = Should.Throw<InputException>(() => ManifestSigner.ImportPem(secretLooking, "environment variable COMPLIANCE_SIGNING_KEY", requirePrivate: true));

        error.Message.ShouldStartWith("environment variable COMPLIANCE_SIGNING_KEY: not a PEM-encoded ECDSA key");
        error.Message.ShouldNotContain("TUlJQ1NFQ1JFVA");
    }

    [Fact]
    public void Another_curve_or_a_public_key_cannot_sign()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Should.Throw<InputException>(() => ManifestSigner.ImportPem(p384.ExportPkcs8PrivateKeyPem(), "k", requirePrivate: true))
            .Problem.ShouldContain("expected P-256");
        Should.Throw<InputException>(() => ManifestSigner.ImportPem(p256.ExportSubjectPublicKeyInfoPem(), "k", requirePrivate: true))
            .Problem.ShouldContain("signing needs the private key");
    }
}
