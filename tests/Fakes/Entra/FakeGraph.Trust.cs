namespace ComplianceEngine.Fakes.Entra;

public sealed partial class FakeGraph
{
    /// <summary>An HTTP handler that trusts this fake's self-signed certificate and no other.</summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var thumbprint = Server.Certificate!.Thumbprint;
        return new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == thumbprint },
        };
    }
}
