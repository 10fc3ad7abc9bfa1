namespace ComplianceEngine.Fakes.Entra;

public sealed partial class FakeGraph
{
    /// <summary>An HTTP handler that trusts this fake's self-signed certificate and no other (also after the fake stopped).</summary>
    public HttpMessageHandler CreateTrustingHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == _thumbprint },
    };
}
